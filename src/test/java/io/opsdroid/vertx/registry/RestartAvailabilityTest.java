package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** While one module restarts slowly, the registry keeps answering everything else. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class RestartAvailabilityTest {

  private static final String MODULES = """
      connectors: {}
      skills:
        slow:
          module: io.opsdroid.vertx.registry.SlowStartSkill
          value: before
        other:
          module: io.opsdroid.vertx.registry.FailOnDemandSkill
          value: other
      """;

  @TempDir
  Path folder;

  private final List<String> completed = new CopyOnWriteArrayList<>();

  @Test
  void statsSkillsAndOtherWebhooksAnswerBeforeASlowRestartEnds(Vertx vertx,
      VertxTestContext ctx) {
    JsonObject slowStart = new JsonObject().put("start-gated", true).put("value", "after");

    RegistryBot.start(vertx, folder, MODULES).onComplete(ctx.succeeding(bot -> {
      // The restart goes on only once the other requests are answered.
      Future<List<Reply>> during = restartBegun(vertx).compose(begun -> askAround(bot))
          .onComplete(answered -> SlowStartSkill.release(vertx, "slow"));
      Future<Reply> patch = record("patch", bot.patch("skills", "slow", slowStart));
      Future.all(during, patch).onComplete(ctx.succeeding(done -> ctx.verify(() -> {
        assertThat(completed).hasSize(4).endsWith("patch");
        assertAnsweredDuringTheRestart(during.result());
        assertThat(patch.result().status()).isEqualTo(200);
        assertThat(patch.result().json().getString("state")).isEqualTo("running");
        ctx.completeNow();
      })));
    }));
  }

  private static void assertAnsweredDuringTheRestart(List<Reply> replies) {
    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
    JsonObject skills = replies.get(1).json();
    assertThat(skills.getJsonObject("slow").getString("state")).isEqualTo("starting");
    assertThat(replies.get(2).json().getString("value")).isEqualTo("other");
  }

  /** Completes when the restarted instance of the slow skill begins its start. */
  private static Future<Void> restartBegun(Vertx vertx) {
    Promise<Void> begun = Promise.promise();
    vertx.eventBus().<JsonObject>consumer(SlowStartSkill.STARTING, event -> begun.tryComplete());
    return begun.future();
  }

  /** {@code /stats}, {@code /skills} and the other skill's webhook, all at once. */
  private Future<List<Reply>> askAround(RegistryBot bot) {
    Future<Reply> stats = record("stats", bot.get("/stats"));
    Future<Reply> skills = record("skills", bot.get("/skills"));
    Future<Reply> webhook = record("webhook", bot.whoami("other"));
    return Future.all(stats, skills, webhook)
        .map(all -> List.of(stats.result(), skills.result(), webhook.result()));
  }

  private Future<Reply> record(String name, Future<Reply> reply) {
    return reply.onSuccess(done -> completed.add(name));
  }
}
