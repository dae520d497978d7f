package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.module.BotModule;
import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.skill.SkillDescriptor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts and stops modules, each in a verticle of its own. */
final class ModuleLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ModuleLifecycle.class);

  /**
   * How long a module may take to start, or to stop, before it has failed at it, so that
   * changes never stall. A change may wait for a stop and two starts (the new config, then
   * the old one again): all three fit in the 30 s a caller waits on the event bus by default.
   */
  static final Duration TIMEOUT = Duration.ofSeconds(8);

  private final Vertx vertx;
  private final ModuleCatalog catalog;
  private final Duration timeout;

  ModuleLifecycle(Vertx vertx, ModuleCatalog catalog, Duration timeout) {
    this.vertx = vertx;
    this.catalog = catalog;
    this.timeout = timeout;
  }

  /**
   * Starts {@code record} with its configuration, unless it is disabled. On failure the
   * record is left {@link ModuleState#FAILED} with the cause, and the future fails.
   */
  Future<Void> start(ModuleRecord record) {
    record.error = null;
    if (!record.enabled()) {
      record.state = ModuleState.DISABLED;
      describeDisabled(record);
      return Future.succeededFuture();
    }
    return find(record.type, record.name, record.config)
        .compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
            : Future.failedFuture(new IllegalArgumentException("no " + record.type.typeName()
                + " implementation is named '" + record.name + "'")))
        .recover(notFound -> failed(record, notFound))
        .compose(implementation -> start(record, implementation));
  }

  /**
   * The code behind a module of {@code type} named {@code name} and configured with
   * {@code config}, or empty when there is none. A class named by {@code module:} is loaded
   * on a worker thread: reading a jar and running the class's static initialisers may block.
   */
  Future<Optional<Implementation>> find(ModuleType type, String name, JsonObject config) {
    if (config.getString("module", "").isBlank()) {
      return Future.succeededFuture(catalog.builtin(type, name));
    }
    return vertx.executeBlocking(() -> catalog.find(type, name, config), false);
  }

  /** Starts the enabled {@code record} with {@code implementation}, found already. */
  Future<Void> start(ModuleRecord record, Implementation implementation) {
    record.error = null;
    record.implementation = implementation;
    if (record.type == ModuleType.PARSERS && implementation.moduleClass() == null) {
      // A builtin parser is a switch of the bot's own matching: nothing to deploy.
      record.state = ModuleState.RUNNING;
      return Future.succeededFuture();
    }
    record.state = ModuleState.STARTING;
    return deploy(record);
  }

  /**
   * Names the code behind a module that was never started, for the command center's loader
   * fields. Only builtins: a disabled module's own class is not loaded until it starts.
   */
  private void describeDisabled(ModuleRecord record) {
    if (record.implementation == null && record.config.getString("module", "").isBlank()) {
      record.implementation = catalog.builtin(record.type, record.name).orElse(null);
    }
  }

  /**
   * Starts {@code record} again with {@code previous}, the instance it ran before a change
   * that failed, so that what the module holds (a memory database's values) survives the
   * rollback. A module that did not run before starts as usual.
   */
  Future<Void> restart(ModuleRecord record, BotModule previous) {
    if (previous == null || !record.enabled()) {
      return start(record);
    }
    record.error = null;
    record.state = ModuleState.STARTING;
    return deploy(record, previous);
  }

  /**
   * Deploys a new instance of the record's implementation. A module of one's own is
   * constructed on a worker thread: its constructor may block, and the registry's event loop
   * must not.
   */
  private Future<Void> deploy(ModuleRecord record) {
    Implementation implementation = record.implementation;
    Future<BotModule> created = implementation.builtin()
        ? Future.succeededFuture().map(none -> implementation.newInstance())
        : vertx.executeBlocking(implementation::newInstance, false);
    return created
        .recover(failure -> failed(record, failure))
        .compose(instance -> deploy(record, instance));
  }

  private Future<Void> deploy(ModuleRecord record, BotModule instance) {
    SkillDescriptor handlers;
    try {
      handlers = instance instanceof Skill
          ? SkillDescriptor.of(instance.getClass().asSubclass(Skill.class)) : null;
    } catch (RuntimeException e) {
      return failed(record, e);
    }
    Future<String> deployment = vertx.deployVerticle(
        new ModuleVerticle(record.type, record.name, instance, record.config));
    return deployment
        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .onSuccess(id -> {
          record.deploymentId = id;
          record.instance = instance;
          record.skill = handlers;
          record.state = ModuleState.RUNNING;
          LOG.info("Started {} '{}'", record.type.typeName(), record.name);
        })
        .recover(failure -> {
          undeployLate(record, deployment);
          return failed(record, failure instanceof TimeoutException
              ? new TimeoutException("did not start within " + describe(timeout)) : failure);
        })
        .mapEmpty();
  }

  /** A start that timed out may still complete; its module must not linger then. */
  private void undeployLate(ModuleRecord record, Future<String> deployment) {
    deployment.onSuccess(id -> vertx.undeploy(id).onFailure(failure -> LOG.warn(
        "Could not stop the late start of {} '{}'", record.type.typeName(), record.name,
        failure)));
  }

  /** Stops {@code record} if it runs; it is then {@link ModuleState#DISABLED}. */
  Future<Void> stop(ModuleRecord record) {
    String deploymentId = record.deploymentId;
    record.deploymentId = null;
    record.instance = null;
    record.skill = null;
    record.state = ModuleState.DISABLED;
    if (deploymentId == null) {
      return Future.succeededFuture();
    }
    return vertx.undeploy(deploymentId)
        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .onSuccess(stopped -> LOG.info("Stopped {} '{}'", record.type.typeName(), record.name))
        .recover(failure -> {
          logStopFailure(record, failure);
          return Future.succeededFuture();
        });
  }

  /**
   * Closes the class loader of {@code replaced} now that {@code current} runs in its place
   * ({@code null}: nothing runs), so that a module reloaded from a jar again and again does
   * not hold the jar open again and again, and a stopped one holds it not at all. Code still
   * running, and code on the bot's own class path, has nothing to close. The close runs on a
   * worker thread (it is file I/O) and never fails the change: a module left behind by a
   * stop that timed out may lose the classes it had not loaded yet.
   */
  Future<Void> release(Implementation replaced, Implementation current) {
    if (replaced == null || replaced == current || replaced.loader() == null) {
      return Future.succeededFuture();
    }
    return vertx.<Void>executeBlocking(() -> {
      replaced.closeLoader();
      return null;
    }, false)
        .onFailure(failure -> LOG.warn("Could not close the class loader of {}",
            replaced.location(), failure))
        .otherwiseEmpty();
  }

  /** A module that does not stop cleanly is left behind: the next change must not wait. */
  private void logStopFailure(ModuleRecord record, Throwable failure) {
    if (failure instanceof TimeoutException) {
      LOG.warn("{} '{}' did not stop within {}; carrying on", record.type.typeName(),
          record.name, describe(timeout));
    } else {
      LOG.warn("{} '{}' failed to stop cleanly", record.type.typeName(), record.name,
          failure);
    }
  }

  private static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static <T> Future<T> failed(ModuleRecord record, Throwable failure) {
    record.state = ModuleState.FAILED;
    record.error = String.valueOf(failure.getMessage());
    return Future.failedFuture(failure);
  }
}
