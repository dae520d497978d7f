package io.opsdroid.vertx.registry;

import static io.opsdroid.vertx.registry.BusClientVerticle.patch;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** PATCHes apply one at a time, in the order they arrive, and none is lost. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class PatchOrderTest {

  private static final int PATCHES = 20;

  private static final String MODULES = """
      connectors: {}
      skills:
        counted:
          module: io.opsdroid.vertx.registry.FailOnDemandSkill
          value: kept
          gone: soon
      """;

  @TempDir
  Path folder;

  private final BusClientVerticle client = new BusClientVerticle();

  @Test
  void concurrentPatchesEachSeeExactlyTheOnesSentBeforeThem(Vertx vertx, VertxTestContext ctx) {
    List<JsonObject> requests = IntStream.rangeClosed(1, PATCHES)
        .mapToObj(i -> patch("skills", "counted", step(i)))
        .toList();

    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> vertx.deployVerticle(client))
        .compose(deployed -> Future.all(client.requestAll(Addresses.MODULE_PATCH, requests)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          for (int i = 1; i <= PATCHES; i++) {
            JsonObject reply = replies.resultAt(i - 1);
            assertThat(reply.getString("state")).isEqualTo("running");
            assertThat(reply.getJsonArray("changed").getList())
                .containsExactly("counter", "step-" + i);
            assertThat(stepsIn(reply.getJsonObject("config"))).isEqualTo(i);
          }
        })))
        .compose(replies -> client.request(Addresses.CONFIG_GET, new JsonObject()))
        .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
          JsonObject counted = config.getJsonObject("skills").getJsonObject("counted");
          assertThat(counted.getInteger("counter")).isEqualTo(PATCHES);
          assertThat(stepsIn(counted)).isEqualTo(PATCHES);
          ctx.completeNow();
        })));
  }

  @Test
  void replyListsOnlyTheKeysThatChanged(Vertx vertx, VertxTestContext ctx) {
    JsonObject config = new JsonObject()
        .put("value", "kept")
        .put("added", 1)
        .putNull("gone");

    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "counted", config))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.json().getJsonArray("changed").getList())
              .containsExactly("added", "gone");
          JsonObject shown = reply.json().getJsonObject("config");
          assertThat(shown.getInteger("added")).isEqualTo(1);
          assertThat(shown.containsKey("gone")).isFalse();
          ctx.completeNow();
        })));
  }

  /**
   * A PATCH that reaches the registry while the bot is still starting that module waits for
   * the start, and then replaces it: one instance runs, with the patched config.
   */
  @Test
  void patchDuringStartupWaitsForTheStartAndLeavesOneInstance(Vertx vertx,
      VertxTestContext ctx) {
    String modules = """
        connectors: {}
        skills:
          slow:
            module: io.opsdroid.vertx.registry.SlowStartSkill
            start-delay-ms: 300
            value: booted
        """;
    JsonObject request = patch("skills", "slow", new JsonObject().put("value", "patched"));
    Promise<JsonObject> patched = Promise.promise();
    vertx.eventBus().consumer(SlowStartSkill.STARTING, bootBegun -> patched.tryComplete(null));

    vertx.deployVerticle(client)
        .compose(deployed -> {
          Future<JsonObject> patch = patched.future()
              .compose(begun -> client.request(Addresses.MODULE_PATCH, request));
          return Future.all(RegistryBot.start(vertx, folder, modules), patch);
        })
        .compose(started -> whoamiTwice(started.resultAt(0)))
        .onComplete(ctx.succeeding(answers -> ctx.verify(() -> {
          assertThat(answers).extracting(reply -> reply.json().getString("value"))
              .containsExactly("patched", "patched");
          assertThat(answers.get(0).json().getLong("instance"))
              .isEqualTo(answers.get(1).json().getLong("instance"));
          ctx.completeNow();
        })));
  }

  /** Two calls in a row: two instances bound to one address would answer one each. */
  private static Future<List<Reply>> whoamiTwice(RegistryBot bot) {
    return bot.whoami("slow")
        .compose(first -> bot.whoami("slow").map(second -> List.of(first, second)));
  }

  private static JsonObject step(int i) {
    return new JsonObject().put("counter", i).put("step-" + i, true);
  }

  private static long stepsIn(JsonObject config) {
    return config.fieldNames().stream().filter(key -> key.startsWith("step-")).count();
  }
}
