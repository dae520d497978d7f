package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matchers that do not score (always, event, catchall) as opsdroid runs them beside the
 * best-ranked skill, their parsers switched off in the file and by PATCH, and the ranking of
 * skills that match the same message.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class MatcherKindsTest {

  private static final String TOKEN = "cc-token";
  private static final String YAML = """
      web:
        command-center: {enabled: true, token: cc-token}
      connectors:
        websocket: {}
      skills:
        kinds:
          module: io.opsdroid.vertx.bot.EveryKindSkill
      """;

  @TempDir
  Path dir;

  @Test
  void matchedMessageRunsTheBestSkillWithAlwaysAndEventButNotCatchall(Vertx vertx,
      VertxTestContext ctx) {
    chat(vertx, YAML)
        .compose(chat -> chat.write("ping").compose(sent -> chat.next(3)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).containsExactlyInAnyOrder("pong", "always: ping",
              "event: ping");
          ctx.completeNow();
        })));
  }

  @Test
  void unmatchedMessageRunsCatchallWithAlwaysAndEvent(Vertx vertx, VertxTestContext ctx) {
    chat(vertx, YAML)
        .compose(chat -> chat.write("zzz").compose(sent -> chat.next(3)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).containsExactlyInAnyOrder("catchall: zzz", "always: zzz",
              "event: zzz");
          ctx.completeNow();
        })));
  }

  @Test
  void alwaysEventAndCatchallParsersSwitchedOffInTheFileRunNothing(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = YAML + """
        parsers:
          always: {enabled: false}
          event_type: {enabled: false}
          catchall: {enabled: false}
        """;
    chat(vertx, yaml)
        .compose(chat -> chat.write("zzz").compose(sent -> chat.ask("ping")))
        .onComplete(ctx.succeeding(first -> ctx.verify(() -> {
          assertThat(first).as("nothing answered zzz, and ping only by its regex")
              .isEqualTo("pong");
          ctx.completeNow();
        })));
  }

  @Test
  void catchallParserPatchedOffStopsCatchallAtOnce(Vertx vertx, VertxTestContext ctx) {
    String yaml = YAML + """
        parsers:
          always: {enabled: false}
          event_type: {enabled: false}
        """;
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> chat.ask("zzz")
            .compose(on -> bot.patch("parsers", "catchall",
                    new JsonObject().put("enabled", false), TOKEN)
                .compose(patched -> chat.write("zzz"))
                .compose(sent -> chat.ask("ping"))
                .map(afterPatch -> List.of(on, afterPatch)))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0)).isEqualTo("catchall: zzz");
          assertThat(replies.get(1)).as("the second zzz got no answer").isEqualTo("pong");
          ctx.completeNow();
        })));
  }

  @Test
  void skillWithTheHigherScoreAnswersThoughConfiguredLater(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = """
        connectors:
          websocket: {}
        skills:
          low:
            module: io.opsdroid.vertx.bot.RankedSkills$Low
          high:
            module: io.opsdroid.vertx.bot.RankedSkills$High
        """;
    chat(vertx, yaml)
        .compose(chat -> chat.ask("deploy").compose(first -> chat.ask("deploy now")
            .map(second -> List.of(first, second))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).containsExactly("high", "high");
          ctx.completeNow();
        })));
  }

  private Future<ChatClient> chat(Vertx vertx, String yaml) {
    return TestBot.start(vertx, dir, yaml).compose(bot -> ChatClient.open(bot, "websocket"));
  }
}
