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

/** Text and JSON frames on the websocket connector, well-formed and not. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class WebSocketFramesTest {

  private static final String YAML = """
      connectors:
        websocket: {}
      skills:
        hello: {}
      """;

  @TempDir
  Path dir;

  @Test
  void jsonFrameNamingAUserGetsAReplyNamingThatUser(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("{\"message\": \"hi\", \"user\": \"alice\"}"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).matches("(Hi|Hello|Hey) alice");
          ctx.completeNow();
        })));
  }

  @Test
  void jsonFrameWithoutMessageGetsAnErrorFrameAndTheSocketStaysOpen(Vertx vertx,
      VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("{\"user\": \"alice\"}")
            .compose(error -> chat.ask("hi").map(greeting -> List.of(error, greeting))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(new JsonObject(replies.get(0)).getString("error")).contains("message");
          assertThat(replies.get(1)).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void malformedJsonFrameGetsAnErrorFrameAndTheSocketStaysOpen(Vertx vertx,
      VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("{\"message\": \"hi\"")
            .compose(error -> chat.ask("hi").map(greeting -> List.of(error, greeting))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(new JsonObject(replies.get(0)).containsKey("error")).isTrue();
          assertThat(replies.get(1)).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void binaryFrameGetsAnErrorFrameAndTheSocketStaysOpen(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.askInBinary("hi")
            .compose(error -> chat.ask("hi").map(greeting -> List.of(error, greeting))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(new JsonObject(replies.get(0)).getString("error")).contains("text");
          assertThat(replies.get(1)).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void socketFieldInAFrameDoesNotRedirectTheReplyToAnotherSocket(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(WebSocketFramesTest::victimAndAttacker)
        .compose(two -> two.attacker.ask(redirecting("mallory", two.victimId))
            .compose(attacked -> two.victim.askAs("bob", "hi")
                .map(own -> List.of(attacked, own))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0)).matches("(Hi|Hello|Hey) mallory");
          assertThat(replies.get(1)).matches("(Hi|Hello|Hey) bob");
          ctx.completeNow();
        })));
  }

  /** Two sockets of one connector, the id of the first known to the second's user. */
  private record TwoChats(ChatClient victim, String victimId, ChatClient attacker) {
  }

  private static Future<TwoChats> victimAndAttacker(TestBot bot) {
    return bot.socketId("websocket").compose(victimId -> bot.connect("websocket", victimId)
        .map(ChatClient::of)
        .compose(victim -> ChatClient.open(bot, "websocket")
            .map(attacker -> new TwoChats(victim, victimId, attacker))));
  }

  private static String redirecting(String user, String socket) {
    return new JsonObject().put("message", "hi").put("user", user).put("socket", socket)
        .encode();
  }

  private Future<ChatClient> chat(Vertx vertx) {
    return TestBot.start(vertx, dir, YAML).compose(bot -> ChatClient.open(bot, "websocket"));
  }
}
