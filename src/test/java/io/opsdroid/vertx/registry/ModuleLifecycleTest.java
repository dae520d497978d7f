package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.ModuleType;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Module starts and stops are bounded in time, so that a stuck module stalls no change. */
@ExtendWith(VertxExtension.class)
class ModuleLifecycleTest {

  /** Long enough for a first start on a slow machine; the gated starts and stops exceed it. */
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private final List<String> completed = new CopyOnWriteArrayList<>();

  @Test
  void startSlowerThanTheTimeoutFailsAndTheLateInstanceIsStopped(Vertx vertx,
      VertxTestContext ctx) {
    ModuleLifecycle lifecycle = new ModuleLifecycle(vertx, new ModuleCatalog(), TIMEOUT);
    ModuleRecord record = slowSkill(new JsonObject().put("start-gated", true));
    Future<JsonObject> lateStop = next(vertx, SlowStartSkill.STOPPED);

    lifecycle.start(record)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(record.state).isEqualTo(ModuleState.FAILED);
          assertThat(record.error).contains("did not start within 1 s");
          assertThat(record.deploymentId).isNull();
        })))
        .transform(failed -> {
          SlowStartSkill.release(vertx, "late");
          return lateStop;
        })
        .onComplete(ctx.succeeding(stopped -> ctx.verify(() -> {
          assertThat(stopped.getString("name")).isEqualTo("late");
          ctx.completeNow();
        })));
  }

  @Test
  void stopSlowerThanTheTimeoutCompletesAnyway(Vertx vertx, VertxTestContext ctx) {
    ModuleLifecycle lifecycle = new ModuleLifecycle(vertx, new ModuleCatalog(), TIMEOUT);
    ModuleRecord record = slowSkill(new JsonObject().put("stop-gated", true));

    lifecycle.start(record)
        .compose(started -> {
          Future<JsonObject> moduleStopped = record(next(vertx, SlowStartSkill.STOPPED),
              "module stopped");
          Future<Void> stopReturned = record(lifecycle.stop(record), "stop returned")
              .onSuccess(returned -> SlowStartSkill.release(vertx, "late"));
          return Future.all(moduleStopped, stopReturned);
        })
        .onComplete(ctx.succeeding(both -> ctx.verify(() -> {
          assertThat(completed).containsExactly("stop returned", "module stopped");
          assertThat(record.state).isEqualTo(ModuleState.DISABLED);
          ctx.completeNow();
        })));
  }

  @Test
  void moduleSlowerToStopThanTheTimeoutTakesNoMoreRequests(Vertx vertx, VertxTestContext ctx) {
    ModuleLifecycle lifecycle = new ModuleLifecycle(vertx, new ModuleCatalog(), TIMEOUT);
    ModuleRecord record = slowSkill(new JsonObject().put("stop-gated", true));
    JsonObject run = new JsonObject().put("handler", 0);

    lifecycle.start(record)
        .compose(started -> lifecycle.stop(record))
        .compose(stopReturned -> vertx.eventBus().request(Addresses.skillRun("late"), run))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          SlowStartSkill.release(vertx, "late");
          assertThat(failure).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) failure).failureType())
              .as("the instance still stopping is not reached")
              .isEqualTo(ReplyFailure.NO_HANDLERS);
          ctx.completeNow();
        })));
  }

  private static ModuleRecord slowSkill(JsonObject settings) {
    JsonObject config = settings.copy().put("module", SlowStartSkill.class.getName());
    return new ModuleRecord(ModuleType.SKILLS, "late", config);
  }

  private static Future<JsonObject> next(Vertx vertx, String address) {
    Promise<JsonObject> event = Promise.promise();
    vertx.eventBus().<JsonObject>consumer(address, message -> event.tryComplete(message.body()));
    return event.future();
  }

  private <T> Future<T> record(Future<T> future, String name) {
    return future.onSuccess(done -> completed.add(name));
  }
}
