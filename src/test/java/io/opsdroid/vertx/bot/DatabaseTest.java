package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The database behind the bot's memory, switched off and on while the bot runs. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class DatabaseTest {

  private static final String TOKEN = "cc-token";
  private static final String ASK = "when did you last see alice?";

  @TempDir
  Path dir;

  @Test
  void disabledSqliteIsDetachedAndEnabledAgainRemembersWhatItStored(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, config())
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> chat
            .askAs("alice", "hi")
            .compose(greeting -> chat.askAs("bob", ASK))
            .compose(stored -> switchSqlite(bot, false))
            .compose(off -> chat.askAs("bob", ASK))
            .compose(detached -> switchSqlite(bot, true)
                .compose(on -> chat.askAs("bob", ASK))
                .map(attached -> List.of(detached, attached)))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0)).isEqualTo("I have not seen alice");
          assertThat(replies.get(1)).isEqualTo("I last saw alice just now");
          ctx.completeNow();
        })));
  }

  @Test
  void runningSqliteCountsAsADatabaseInStats(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config())
        .compose(bot -> bot.get("/stats", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.json().getJsonObject("modules").getInteger("databases"))
              .isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void memoryOfAnEnabledDatabaseThatIsNotRunningIsUnavailableNotKeptElsewhere(Vertx vertx,
      VertxTestContext ctx) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "");
    JsonObject put = new JsonObject().put("op", "put").put("key", "k").put("value", 1);
    TestBot.start(vertx, dir, config(notAFolder.resolve("bot.db")))
        .compose(bot -> vertx.eventBus().request(Addresses.MEMORY, put))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) failure).failureCode())
              .isEqualTo(FailureCodes.UNAVAILABLE);
          assertThat(failure.getMessage()).contains("'sqlite'", "failed");
          ctx.completeNow();
        })));
  }

  @Test
  void withoutADatabaseTheMemoryKeepsValuesAndCountsNoDatabase(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = "connectors:\n  websocket: {}\nskills:\n  seen: {}\n";
    JsonObject put = new JsonObject().put("op", "put").put("key", "k").put("value", 1);
    JsonObject get = new JsonObject().put("op", "get").put("key", "k");
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> vertx.eventBus().request(Addresses.MEMORY, put)
            .compose(stored -> vertx.eventBus().<JsonObject>request(Addresses.MEMORY, get))
            .compose(read -> bot.get("/stats", Map.of())
                .map(stats -> List.of(read.body(), stats.json()))))
        .onComplete(ctx.succeeding(results -> ctx.verify(() -> {
          assertThat(results.get(0).getInteger("value")).isEqualTo(1);
          assertThat(results.get(1).getJsonObject("modules").getInteger("databases"))
              .isZero();
          ctx.completeNow();
        })));
  }

  private static Future<TestBot.Reply> switchSqlite(TestBot bot, boolean enabled) {
    return bot.patchApplied("databases", "sqlite", new JsonObject().put("enabled", enabled),
        TOKEN);
  }

  private String config() {
    return config(dir.resolve("bot.db"));
  }

  private static String config(Path database) {
    return """
        web:
          command-center: {enabled: true, token: cc-token}
        connectors:
          websocket: {}
        skills:
          hello: {}
          seen: {}
        databases:
          sqlite: {path: %s, table: memories}
        """.formatted(database);
  }
}
