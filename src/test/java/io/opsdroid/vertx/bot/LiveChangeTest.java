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
 * Modules changed through the command center while people chat: a PATCH restarts the one
 * module it names, and what the new configuration says holds at once.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class LiveChangeTest {

  private static final String TOKEN = "cc-token";
  private static final String YAML = """
      web:
        command-center: {enabled: true, token: cc-token}
      connectors:
        websocket: {}
        chat:
          module: io.opsdroid.vertx.connector.websocket.WebSocketConnector
      skills:
        hello: {}
        echo:
          module: io.opsdroid.vertx.bot.EchoSkill
        catchall:
          module: io.opsdroid.vertx.bot.CatchallSkill
      """;
  private static final String GREETING = "(Hi|Hello|Hey) user";
  /** The close status a client sees when its connector restarts or stops: going away. */
  private static final short GOING_AWAY = 1001;

  @TempDir
  Path dir;

  @Test
  void socketStaysOpenAndAnsweredWhileASkillIsPatched(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> chat.ask("hi")
            .compose(before -> patchOk(bot, "skills", "hello", new JsonObject()
                .put("note", "changed")))
            .compose(patched -> chat.ask("hi"))
            .map(after -> List.of(after, String.valueOf(chat.isClosed())))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).matches(GREETING);
          assertThat(result.get(1)).isEqualTo("false");
          ctx.completeNow();
        })));
  }

  @Test
  void patchedConnectorAcceptsNewSocketsRightAfterWithItsNewConfig(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> patchOk(bot, "connectors", "websocket",
                new JsonObject().put("max-connections", 1))
            .compose(patched -> ChatClient.open(bot, "websocket"))
            .compose(chat -> chat.ask("hi"))
            .compose(greeting -> bot.requestSocket("websocket", Map.of())
                .map(overLimit -> List.of(greeting, String.valueOf(overLimit.status())))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).matches(GREETING);
          assertThat(result.get(1)).isEqualTo("429");
          ctx.completeNow();
        })));
  }

  @Test
  void patchOfAConnectorClosesItsOldSocketsAsGoingAway(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(old -> patchOk(bot,
                "connectors", "websocket", new JsonObject().put("max-connections", 5))
            .compose(patched -> old.closed())))
        .onComplete(ctx.succeeding(status -> ctx.verify(() -> {
          assertThat(status).isEqualTo(GOING_AWAY);
          ctx.completeNow();
        })));
  }

  @Test
  void patchOfOneConnectorLeavesTheOtherConnectorsSocketsOpen(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "chat").compose(other -> patchOk(bot,
                "connectors", "websocket", new JsonObject().put("max-connections", 5))
            .compose(patched -> other.ask("hi"))))
        .onComplete(ctx.succeeding(greeting -> ctx.verify(() -> {
          assertThat(greeting).matches(GREETING);
          ctx.completeNow();
        })));
  }

  @Test
  void regexParserDisabledInTheFileStopsHelloUntilPatchedBackOn(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = YAML + "parsers:\n  regex: {enabled: false}\n";
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> chat.ask("hi")
            .compose(off -> patchOk(bot, "parsers", "regex", enabled(true))
                .compose(patched -> chat.ask("hi"))
                .map(on -> List.of(off, on)))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0)).isEqualTo("no skill matched: hi");
          assertThat(replies.get(1)).matches(GREETING);
          ctx.completeNow();
        })));
  }

  @Test
  void regexParserPatchedOffStopsHelloAtOnce(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> patchOk(bot,
                "parsers", "regex", enabled(false))
            .compose(patched -> chat.ask("hi"))))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("no skill matched: hi");
          ctx.completeNow();
        })));
  }

  @Test
  void parseFormatParserDisabledInTheFileStopsFormatPatternsOnly(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = YAML + "parsers:\n  parse_format: {enabled: false}\n";
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> chat
            .ask("say it loud")
            .compose(off -> chat.ask("hi").map(greeting -> List.of(off, greeting)))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0)).isEqualTo("no skill matched: say it loud");
          assertThat(replies.get(1)).matches(GREETING);
          ctx.completeNow();
        })));
  }

  @Test
  void formatPatternAnswersWithItsField(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.ask("say it loud"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("it loud");
          ctx.completeNow();
        })));
  }

  @Test
  void connectorDisabledByPatchClosesItsSocketsAndServesNoNewOnes(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> patchOk(bot,
                "connectors", "websocket", enabled(false))
            .compose(patched -> chat.closed())
            .compose(closed -> bot.requestSocket("websocket", Map.of())
                .map(refused -> List.of((int) closed, refused.status())))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).isEqualTo((int) GOING_AWAY);
          assertThat(result.get(1)).isEqualTo(503);
          ctx.completeNow();
        })));
  }

  @Test
  void connectorDisabledInTheFileServesNoSocketsUntilPatchedBackOn(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = YAML.replace("websocket: {}", "websocket: {enabled: false}");
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> bot.requestSocket("websocket", Map.of()).compose(refused -> patchOk(
                bot, "connectors", "websocket", enabled(true))
            .compose(patched -> ChatClient.open(bot, "websocket"))
            .compose(chat -> chat.ask("hi"))
            .map(greeting -> List.of(String.valueOf(refused.status()), greeting))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).isEqualTo("503");
          assertThat(result.get(1)).matches(GREETING);
          ctx.completeNow();
        })));
  }

  private static JsonObject enabled(boolean on) {
    return new JsonObject().put("enabled", on);
  }

  /** PATCHes a module and fails unless the command center answers 200. */
  private static Future<JsonObject> patchOk(TestBot bot, String section, String name,
      JsonObject config) {
    return bot.patch(section, name, config, TOKEN).compose(reply -> reply.status() == 200
        ? Future.succeededFuture(reply.json())
        : Future.failedFuture("PATCH " + section + "/" + name + " gave " + reply.status()
            + ": " + reply.text()));
  }
}
