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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser of one's own, named by {@code module:} under {@code parsers:}: its intents
 * compete with the regex matchers, and it starts, stops and fails as any module does.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ParserModuleTest {

  private static final String TOKEN = "cc-token";
  private static final Map<String, String> AUTH = Map.of("Authorization", TOKEN);
  private static final String YAML = """
      web:
        command-center: {enabled: true, token: cc-token}
      connectors:
        websocket: {}
      skills:
        low:
          module: io.opsdroid.vertx.bot.RankedSkills$Low
        intents:
          module: io.opsdroid.vertx.bot.IntentSkill
      parsers:
        keywords:
          module: io.opsdroid.vertx.bot.KeywordParser
          %s
      """;

  @TempDir
  Path dir;

  @Test
  void intentOutranksAWeakerRegexAndHandsItsEntitiesToTheSkill(Vertx vertx,
      VertxTestContext ctx) {
    chat(vertx, "")
        .compose(chat -> chat.ask("deploy api"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("deploying api");
          ctx.completeNow();
        })));
  }

  @Test
  void intentScoredBelowMinScoreIsLeftOut(Vertx vertx, VertxTestContext ctx) {
    chat(vertx, "min-score: 0.5")
        .compose(chat -> chat.ask("hello there"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("catchall: hello there");
          ctx.completeNow();
        })));
  }

  @Test
  void intentAtOrAboveMinScoreRuns(Vertx vertx, VertxTestContext ctx) {
    chat(vertx, "min-score: 0.4")
        .compose(chat -> chat.ask("hello there"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("greetings");
          ctx.completeNow();
        })));
  }

  @Test
  void parserPatchedOffFindsNothingAndTheRegexAnswers(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML.formatted(""))
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> bot.patch("parsers",
                "keywords", new JsonObject().put("enabled", false), TOKEN)
            .compose(patched -> chat.ask("deploy api")
                .map(reply -> List.of(String.valueOf(patched.status()), reply)))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result).containsExactly("200", "low");
          ctx.completeNow();
        })));
  }

  @Test
  void parserThatFailsLeavesTheMessageToTheOtherMatchers(Vertx vertx,
      VertxTestContext ctx) {
    chat(vertx, "fail-on: api")
        .compose(chat -> chat.ask("deploy api"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("low");
          ctx.completeNow();
        })));
  }

  @Test
  void parserThatDoesNotAnswerInItsTimeoutIsPassedBy(Vertx vertx, VertxTestContext ctx) {
    chat(vertx, "hang-on: api\n    timeout: 1")
        .compose(chat -> chat.ask("deploy api"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("low");
          ctx.completeNow();
        })));
  }

  @Test
  void parserWithABadTimeoutStaysStoppedNamingTheKeyAndTheRestRuns(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML.formatted("timeout: -1"))
        .compose(bot -> bot.get("/parsers", AUTH)
            .compose(parsers -> ChatClient.open(bot, "websocket")
                .compose(chat -> chat.ask("deploy api"))
                .map(reply -> List.of(parsers.json().getJsonObject("keywords"),
                    new JsonObject().put("reply", reply)))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          JsonObject keywords = result.get(0);
          assertThat(keywords.getString("state")).isEqualTo("failed");
          assertThat(keywords.getString("error")).contains("'keywords'", "'timeout'");
          assertThat(result.get(1).getString("reply")).isEqualTo("low");
          ctx.completeNow();
        })));
  }

  @Test
  void parserOfOnesOwnIsListedWithItsClass(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML.formatted(""))
        .compose(bot -> bot.get("/parsers", AUTH))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject keywords = reply.json().getJsonObject("keywords");
          assertThat(keywords.getString("state")).isEqualTo("running");
          assertThat(keywords.getString("type")).isEqualTo("parsers");
          assertThat(keywords.getString("entrypoint")).isEqualTo(KeywordParser.class.getName());
          assertThat(keywords.getBoolean("is_builtin")).isFalse();
          ctx.completeNow();
        })));
  }

  private Future<ChatClient> chat(Vertx vertx, String parserSettings) {
    return TestBot.start(vertx, dir, YAML.formatted(parserSettings))
        .compose(bot -> ChatClient.open(bot, "websocket"));
  }
}
