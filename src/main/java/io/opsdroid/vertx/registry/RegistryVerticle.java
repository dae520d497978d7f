package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.BotVersion;
import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.config.BotConfig;
import io.opsdroid.vertx.database.MemoryDatabase;
import io.opsdroid.vertx.skill.match.CronScheduler;
import io.opsdroid.vertx.skill.match.SchedulerClock;
import io.opsdroid.vertx.skill.match.VertxSchedulerClock;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the module configurations and the statistics. Everything else reaches
 * them over the event bus, through the addresses in {@link Addresses}; since this verticle
 * runs as a single instance, its state needs no locks.
 *
 * <p>Changes to a module restart that module only, one change at a time, without blocking:
 * the registry answers every other request while a module restarts.
 */
public final class RegistryVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryVerticle.class);

  /** Started in this order, so that skills are ready before connectors bring messages. */
  private static final List<ModuleType> START_ORDER = List.of(
      ModuleType.DATABASES, ModuleType.PARSERS, ModuleType.SKILLS, ModuleType.CONNECTORS);

  private final BotConfig botConfig;
  private final SchedulerClock clock;
  private final JsonObject config;
  private final Modules modules = new Modules();
  private final Statistics statistics = new Statistics();
  private final SecretScrubber scrubber;
  /** The memory skills use when no database runs; not a module, so not counted. */
  private final MemoryDatabase fallbackMemory = new MemoryDatabase();
  private ModuleLifecycle lifecycle;
  private MessageDispatcher dispatcher;
  private CronJobs cronJobs;
  /** The tail of the queue of changes, which apply one at a time in arrival order. */
  private Future<Void> changes = Future.succeededFuture();
  private final Duration queueLimit;

  /**
   * @param botConfig the checked configuration
   * @param clock the clock of crontab schedules, or {@code null} for the system's
   */
  public RegistryVerticle(BotConfig botConfig, SchedulerClock clock) {
    this(botConfig, clock, Duration.ofMillis(Addresses.MODULE_PATCH_QUEUE_MILLIS));
  }

  /** @param queueLimit how long a change may wait behind others before it is refused */
  RegistryVerticle(BotConfig botConfig, SchedulerClock clock, Duration queueLimit) {
    this.queueLimit = queueLimit;
    this.botConfig = botConfig;
    this.clock = clock;
    this.config = botConfig.json().copy();
    this.scrubber = new SecretScrubber(botConfig.web().commandCenter().excludedKeys());
  }

  @Override
  public Future<?> start() {
    lifecycle = new ModuleLifecycle(vertx, new ModuleCatalog(), ModuleLifecycle.TIMEOUT);
    dispatcher = new MessageDispatcher(vertx, modules, statistics,
        botConfig.web().webhookTimeoutMillis());
    SchedulerClock schedulerClock = clock != null ? clock
        : new VertxSchedulerClock(vertx, Clock.systemUTC());
    cronJobs = new CronJobs(new CronScheduler(schedulerClock), modules, dispatcher, botZone());
    registerConsumers();
    // Changes that arrive while the modules start wait behind the start, so that a change
    // never meets a module half started.
    changes = startModules().onSuccess(started -> cronJobs.rescheduleAll());
    return changes;
  }

  /** The modules' verticles, deployed from this one, are undeployed before this runs. */
  @Override
  public Future<?> stop() {
    cronJobs.close();
    List<Future<Void>> released = modules.all()
        .map(record -> lifecycle.release(record.implementation, null))
        .toList();
    return Future.join(released);
  }

  private ZoneId botZone() {
    return ZoneId.of(config.getString("timezone", "UTC"));
  }

  private void registerConsumers() {
    consume(Addresses.STATS_GET, this::stats);
    consume(Addresses.MODULES_LIST, this::listModules);
    consume(Addresses.CONFIG_GET, this::configView);
    consume(Addresses.MODULE_PATCH, this::patch);
    consume(Addresses.WEBHOOK_CALL, dispatcher::webhook);
    consume(Addresses.MESSAGE_RECEIVED, dispatcher::received);
    consume(Addresses.MESSAGE_SEND, dispatcher::send);
    consume(Addresses.MEMORY, this::memory);
  }

  /**
   * Takes requests whose body is a JSON object; any other body is refused with
   * {@link FailureCodes#INVALID_REQUEST}, so that a caller from another verticle gets an
   * answer rather than a time-out.
   */
  @SuppressWarnings("unchecked")
  private void consume(String address, Handler<Message<JsonObject>> handler) {
    vertx.eventBus().<Object>consumer(address, request -> {
      if (request.body() instanceof JsonObject) {
        handler.handle((Message<JsonObject>) (Message<?>) request);
      } else {
        request.fail(FailureCodes.INVALID_REQUEST, "the body must be a JSON object");
      }
    });
  }

  private Future<Void> startModules() {
    Future<Void> all = Future.succeededFuture();
    for (ModuleType type : START_ORDER) {
      all = all.compose(previous -> startAll(type));
    }
    return all;
  }

  private Future<Void> startAll(ModuleType type) {
    List<Future<Void>> starts = botConfig.modules(type).stream()
        .map(entry -> new ModuleRecord(type, entry.getKey(), (JsonObject) entry.getValue()))
        .peek(modules::add)
        .map(record -> lifecycle.start(record).onFailure(failure -> LOG.error(
            "{} '{}' did not start: {}", type.typeName(), record.name,
            redacted(failure.getMessage(), record))))
        .collect(Collectors.toList());
    return Future.join(starts).otherwiseEmpty().mapEmpty();
  }

  private void stats(Message<JsonObject> request) {
    JsonObject counts = new JsonObject()
        .put("skills", modules.countRunning(ModuleType.SKILLS))
        .put("connectors", modules.countRunning(ModuleType.CONNECTORS))
        .put("databases", modules.countRunning(ModuleType.DATABASES));
    request.reply(new JsonObject()
        .put("version", BotVersion.get())
        .put("messages", statistics.messagesJson())
        .put("modules", counts));
  }

  private void listModules(Message<JsonObject> request) {
    Object section = request.body().getValue("module_type");
    ModuleType.fromSection(String.valueOf(section)).ifPresentOrElse(
        type -> {
          JsonObject reply = new JsonObject();
          modules.all(type).forEach(record -> reply.put(record.name, view(record)));
          request.reply(reply);
        },
        () -> request.fail(FailureCodes.INVALID_REQUEST,
            "'module_type' must be one of connectors, skills, databases, parsers"));
  }

  /**
   * The configuration without secrets. Module names are names, not keys that hold values:
   * a skill called {@code password-reset} is listed, with its secrets removed.
   */
  private void configView(Message<JsonObject> request) {
    JsonObject view = config.copy();
    for (ModuleType type : ModuleType.values()) {
      view.remove(type.section());
    }
    view = scrubber.scrub(view);
    for (ModuleType type : ModuleType.values()) {
      JsonObject section = new JsonObject();
      config.getJsonObject(type.section()).forEach(module -> section.put(module.getKey(),
          scrubber.scrub((JsonObject) module.getValue())));
      view.put(type.section(), section);
    }
    request.reply(view);
  }

  /** A module as the command center shows it: its settings without secrets, and state. */
  private JsonObject view(ModuleRecord record) {
    JsonObject view = scrubber.scrub(record.config);
    Implementation implementation = record.implementation != null ? record.implementation
        : new Implementation(null, false, null);
    view.mergeIn(implementation.loaderFields(record.type, record.name, record.config));
    view.put("state", record.state.jsonName());
    if (record.error != null) {
      view.put("error", redacted(record.error, record));
    }
    return view;
  }

  private void patch(Message<JsonObject> request) {
    PatchRequest patch;
    try {
      patch = PatchRequest.parse(request.body());
    } catch (RegistryFailure invalid) {
      request.fail(invalid.code(), invalid.getMessage());
      return;
    }
    long arrived = System.nanoTime();
    changes = changes.transform(previous -> applyInTime(patch, arrived)
        .onSuccess(request::reply)
        .onFailure(failure -> RegistryFailure.reply(request, failure, FailureCodes.INTERNAL))
        .transform(done -> Future.succeededFuture()));
  }

  /**
   * Applies {@code patch} unless it waited too long behind other changes: its caller may
   * have given up by now, and a change must not land after its caller was told it failed.
   */
  private Future<JsonObject> applyInTime(PatchRequest patch, long arrivedNanos) {
    Duration waited = Duration.ofNanos(System.nanoTime() - arrivedNanos);
    if (waited.compareTo(queueLimit) > 0) {
      return Future.failedFuture(new RegistryFailure(FailureCodes.UNAVAILABLE,
          "the change of " + patch.type().typeName() + " '" + patch.name() + "' waited "
              + waited.toMillis() + " ms behind other changes and was not applied; send it"
              + " again"));
    }
    return apply(patch);
  }

  private Future<JsonObject> apply(PatchRequest patch) {
    return modules.find(patch.type(), patch.name())
        .map(record -> change(record, patch.patch()))
        .orElseGet(() -> add(patch));
  }

  private Future<JsonObject> change(ModuleRecord record, JsonObject patch) {
    ModuleRecord.Snapshot before = record.snapshot();
    JsonObject updated = JsonMergePatch.apply(record.config, patch);
    List<String> changed = changedKeys(before.config(), updated);
    return lifecycle.stop(record)
        .compose(stopped -> {
          record.config = updated;
          return lifecycle.start(record);
        })
        .compose(started -> lifecycle.release(before.implementation(), runningCode(record))
            .map(released -> committed(record, changed)))
        .recover(failure -> restore(record, before, updated, failure));
  }

  /** The code that runs for {@code record}, or {@code null} when it does not run. */
  private static Implementation runningCode(ModuleRecord record) {
    return record.running() ? record.implementation : null;
  }

  /** Adds a module that is not configured yet, when there is code of that name. */
  private Future<JsonObject> add(PatchRequest patch) {
    JsonObject settings = JsonMergePatch.apply(new JsonObject(), patch.patch());
    return lifecycle.find(patch.type(), patch.name(), settings)
        .recover(unusable -> Future.failedFuture(new RegistryFailure(FailureCodes.NOT_FOUND,
            patch.type().typeName() + " '" + patch.name() + "': " + unusable.getMessage())))
        .compose(found -> found.map(implementation -> addFound(patch, settings, implementation))
            .orElseGet(() -> Future.failedFuture(new RegistryFailure(FailureCodes.NOT_FOUND,
                "no " + patch.type().typeName() + " is named '" + patch.name() + "'"))));
  }

  private Future<JsonObject> addFound(PatchRequest patch, JsonObject settings,
      Implementation implementation) {
    ModuleRecord record = new ModuleRecord(patch.type(), patch.name(), settings);
    record.implementation = implementation;
    modules.add(record);
    Future<Void> started = record.enabled() ? lifecycle.start(record, implementation)
        : lifecycle.start(record);
    return started
        .map(running -> committed(record, List.copyOf(new TreeSet<>(settings.fieldNames()))))
        .recover(failure -> {
          modules.remove(record);
          RegistryFailure refused = startFailure(record, settings, failure.getMessage(),
              "it was not added");
          return lifecycle.release(record.implementation, null)
              .compose(released -> Future.failedFuture(refused));
        });
  }

  private JsonObject committed(ModuleRecord record, List<String> changed) {
    config.getJsonObject(record.type.section()).put(record.name, record.config);
    cronJobs.rescheduleAfter(record);
    LOG.info("Changed {} '{}': {}", record.type.typeName(), record.name, changed);
    JsonObject event = new JsonObject()
        .put("module_type", record.type.section())
        .put("module_name", record.name)
        .put("state", record.state.jsonName());
    vertx.eventBus().publish(Addresses.MODULE_CHANGED, event);
    return event.copy()
        .put("config", view(record))
        .put("changed", new JsonArray(changed));
  }

  /** Puts back the config and the instance that ran before {@code tried} failed to start. */
  private Future<JsonObject> restore(ModuleRecord record, ModuleRecord.Snapshot before,
      JsonObject tried, Throwable failure) {
    String cause = record.error != null ? record.error : failure.getMessage();
    Implementation failed = record.implementation;
    record.config = before.config();
    record.implementation = before.implementation();
    return lifecycle.stop(record)
        .compose(stopped -> lifecycle.restart(record, before.instance()))
        .transform(restarted -> {
          cronJobs.rescheduleAfter(record);
          RegistryFailure refused = startFailure(record, tried, cause,
              restored(record, restarted));
          return lifecycle.release(failed, record.implementation)
              .compose(released -> Future.failedFuture(refused));
        });
  }

  /** What became of a module put back on its previous config, for the PATCH's reply. */
  private String restored(ModuleRecord record, AsyncResult<Void> restarted) {
    if (restarted.succeeded()) {
      return "its previous config is restored";
    }
    String error = redacted(record.error, record);
    LOG.error("{} '{}' did not start again with its previous config either: {}",
        record.type.typeName(), record.name, error);
    return "its previous config is restored, but it did not start again (" + error + ")";
  }

  private RegistryFailure startFailure(ModuleRecord record, JsonObject triedConfig,
      String cause, String outcome) {
    String message = record.type.typeName() + " '" + record.name
        + "' did not start with the new config (" + cause + "); " + outcome;
    return new RegistryFailure(FailureCodes.MODULE_START_FAILED,
        scrubber.redact(redacted(message, record), triedConfig));
  }

  /**
   * A module's error may quote what it was given, its secrets included: they are masked,
   * and so are the bot's own tokens.
   */
  private String redacted(String text, ModuleRecord record) {
    return scrubber.redact(scrubber.redact(text, record.config), config);
  }

  private static List<String> changedKeys(JsonObject before, JsonObject after) {
    Set<String> keys = new TreeSet<>(before.fieldNames());
    keys.addAll(after.fieldNames());
    return keys.stream()
        .filter(key -> !java.util.Objects.equals(before.getValue(key), after.getValue(key)))
        .collect(Collectors.toList());
  }

  /**
   * Memory operations go to the first running database, or to memory when no database is
   * enabled. While an enabled database is not running (it restarts, or failed to start)
   * they fail with {@link FailureCodes#UNAVAILABLE}: what a skill keeps must not land in
   * memory, to be lost, or be looked for there.
   */
  private void memory(Message<JsonObject> request) {
    Optional<ModuleRecord> running = modules.running(ModuleType.DATABASES).findFirst();
    if (running.isPresent()) {
      vertx.eventBus().<JsonObject>request(Addresses.database(running.get().name),
              request.body())
          .onSuccess(reply -> request.reply(reply.body()))
          .onFailure(failure -> RegistryFailure.reply(request, failure,
              FailureCodes.INTERNAL));
      return;
    }
    Optional<ModuleRecord> awaited = modules.all(ModuleType.DATABASES).stream()
        .filter(ModuleRecord::enabled)
        .findFirst();
    if (awaited.isPresent()) {
      request.fail(FailureCodes.UNAVAILABLE, "database '" + awaited.get().name + "' is "
          + awaited.get().state.jsonName() + ", so the bot's memory is not available");
      return;
    }
    MemoryOperation.apply(fallbackMemory, "memory", request);
  }
}
