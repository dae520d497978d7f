package io.opsdroid.vertx.registry;

import static io.opsdroid.vertx.registry.BusClientVerticle.patch;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.config.ConfigLoader;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change that waits too long behind a slow one is refused, not applied late: its caller
 * may have given up on it already.
 */
@ExtendWith(VertxExtension.class)
class PatchQueueLimitTest {

  private static final Duration QUEUE_LIMIT = Duration.ofMillis(200);

  private static final String MODULES = """
      connectors: {}
      skills:
        slow:
          module: io.opsdroid.vertx.registry.SlowStartSkill
        other:
          module: io.opsdroid.vertx.registry.FailOnDemandSkill
          value: before
      """;

  @TempDir
  Path folder;

  @Test
  void changeThatWaitedPastTheLimitIsRefusedAndChangesNothing(Vertx vertx,
      VertxTestContext ctx) {
    JsonObject gated = patch("skills", "slow", new JsonObject().put("start-gated", true));
    JsonObject late = patch("skills", "other", new JsonObject().put("value", "after"));
    Future<Void> slowStartBegun = next(vertx, SlowStartSkill.STARTING);

    startRegistry(vertx).onComplete(ctx.succeeding(started -> {
      Future<Message<JsonObject>> first = vertx.eventBus().request(Addresses.MODULE_PATCH,
          gated);
      Future<Message<JsonObject>> second = slowStartBegun.compose(begun -> {
        // The wait past the limit is what this test is about, so it waits in real time.
        vertx.setTimer(2 * QUEUE_LIMIT.toMillis(),
            elapsed -> SlowStartSkill.release(vertx, "slow"));
        return vertx.eventBus().request(Addresses.MODULE_PATCH, late);
      });
      Future.join(first, second)
          .transform(settled -> vertx.eventBus().<JsonObject>request(Addresses.CONFIG_GET,
              new JsonObject()))
          .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
            assertThat(first.result().body().getString("state")).isEqualTo("running");
            assertThat(second.failed()).as("the change that waited too long fails").isTrue();
            ReplyException refusal = (ReplyException) second.cause();
            assertThat(refusal.failureCode()).isEqualTo(FailureCodes.UNAVAILABLE);
            assertThat(refusal.getMessage()).contains("'other'", "not applied");
            JsonObject other = config.body().getJsonObject("skills").getJsonObject("other");
            assertThat(other.getString("value")).isEqualTo("before");
            ctx.completeNow();
          })));
    }));
  }

  private Future<String> startRegistry(Vertx vertx) {
    Path file = TestBot.write(folder, MODULES);
    return new ConfigLoader(vertx, Map.of()).load(file.toString())
        .compose(config -> vertx.deployVerticle(new RegistryVerticle(config, null,
            QUEUE_LIMIT)));
  }

  private static Future<Void> next(Vertx vertx, String address) {
    Promise<Void> event = Promise.promise();
    vertx.eventBus().consumer(address, message -> event.tryComplete());
    return event.future();
  }
}
