package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code seen} keeps what it saw in the sqlite database, so a new server remembers it. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class SeenAcrossRestartTest {

  @TempDir
  Path dir;

  @Test
  void seenRemembersAUserAfterTheWholeServerRestarts(Vertx vertx, VertxTestContext ctx) {
    String yaml = config("path");
    TestBot.start(vertx, dir, yaml)
        .compose(first -> aliceSpeaks(first).compose(seen -> first.stop()))
        .compose(stopped -> TestBot.start(vertx, dir, yaml))
        .compose(second -> ChatClient.open(second, "websocket"))
        .compose(chat -> chat.askAs("bob", "when did you last see alice?"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("I last saw alice just now");
          assertThat(dir.resolve("data/bot.db")).isRegularFile();
          ctx.completeNow();
        })));
  }

  @Test
  void sqliteFileUnderItsOlderNameIsTheSameMemory(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config("path"))
        .compose(first -> aliceSpeaks(first).compose(seen -> first.stop()))
        .compose(stopped -> TestBot.start(vertx, dir, config("file")))
        .compose(second -> ChatClient.open(second, "websocket"))
        .compose(chat -> chat.askAs("bob", "when did you last see alice?"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("I last saw alice just now");
          ctx.completeNow();
        })));
  }

  @Test
  void botWithoutADatabaseForgetsOnRestart(Vertx vertx, VertxTestContext ctx) {
    String yaml = config("path").replaceAll("(?s)databases:.*", "");
    TestBot.start(vertx, dir, yaml)
        .compose(first -> aliceSpeaks(first).compose(seen -> first.stop()))
        .compose(stopped -> TestBot.start(vertx, dir, yaml))
        .compose(second -> ChatClient.open(second, "websocket"))
        .compose(chat -> chat.askAs("bob", "when did you last see alice?"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("I have not seen alice");
          assertThat(Files.exists(dir.resolve("data/bot.db"))).isFalse();
          ctx.completeNow();
        })));
  }

  /**
   * Alice greets the bot, then bob asks about her. The answer comes after her sighting was
   * stored: the skill handles one message after the other, and the database writes in order.
   */
  private static Future<String> aliceSpeaks(TestBot bot) {
    return ChatClient.open(bot, "websocket").compose(chat -> chat.askAs("alice", "hi")
        .compose(greeting -> chat.askAs("bob", "when did you last see alice?"))
        .compose(seen -> seen.startsWith("I last saw alice")
            ? Future.succeededFuture(seen)
            : Future.failedFuture("the first server did not see alice: " + seen)));
  }

  /** A bot with seen and a sqlite file under {@code key}, in a folder not yet made. */
  private String config(String key) {
    return """
        connectors:
          websocket: {}
        skills:
          hello: {}
          seen: {}
        databases:
          sqlite: {%s: %s}
        """.formatted(key, dir.resolve("data/bot.db"));
  }
}
