package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Talks with the builtin skills over a real websocket, as opsdroid's web client does. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ConversationTest {

  private static final String YAML = """
      connectors:
        websocket: {}
      skills:
        hello: {}
        seen: {}
        dance: {}
        loudnoises: {}
      """;

  @TempDir
  Path dir;

  @Test
  void helloGreetsTheUserByName(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("hi"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void helloSaysGoodbyeToAUserWhoLeaves(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("gtg"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).matches("(Bye|See you|Au revoir) user");
          ctx.completeNow();
        })));
  }

  @Test
  void seenTellsWhenItLastSawAUserWhoSpoke(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.askAs("alice", "hi")
            .compose(greeting -> chat.askAs("bob", "when did you last see alice?")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("I last saw alice just now");
          ctx.completeNow();
        })));
  }

  @Test
  void seenTellsHowLongAgoASightingInItsMemoryWas(Vertx vertx, VertxTestContext ctx) {
    JsonObject threeMinutesAgo = new JsonObject()
        .put("user", "carol")
        .put("at", Instant.now().minus(Duration.ofMinutes(3).plusSeconds(5)).toString())
        .put("text", "deploying now");
    JsonObject put = new JsonObject().put("op", "put").put("key", "seen.carol")
        .put("value", threeMinutesAgo);
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> vertx.eventBus().request(Addresses.MEMORY, put)
            .compose(stored -> ChatClient.open(bot, "websocket")))
        .compose(chat -> chat.ask("When did you last see Carol?"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("I last saw carol 3 minutes ago");
          ctx.completeNow();
        })));
  }

  @Test
  void seenSaysItHasNotSeenAUserWhoNeverSpoke(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.askAs("bob", "when did you last see zoe?"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("I have not seen zoe");
          ctx.completeNow();
        })));
  }

  @Test
  void danceAnswersWithADance(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("will you dance with me?"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isIn("\\o/ _o_ \\o/ _o_", "<(^_^<) (>^_^)> <(^_^)>",
              "~(^-^)~ ~(^-^)~ ~(^-^)~", "(>'-')> <('-'<) ^('-')^ v('-')v");
          ctx.completeNow();
        })));
  }

  @Test
  void loudnoisesShoutsBackAtAShout(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.ask("I AM SHOUTING"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("LOUD NOISES! I AM SHOUTING");
          ctx.completeNow();
        })));
  }

  @Test
  void oneSocketHoldsAWholeConversationInOrder(Vertx vertx, VertxTestContext ctx) {
    chat(vertx)
        .compose(chat -> chat.askAs("alice", "hello")
            .compose(greeting -> chat.askAs("alice", "dance"))
            .compose(dance -> chat.askAs("carol", "when did you last see Alice?"))
            .compose(seen -> chat.askAs("alice", "bye").map(bye -> seen + " / " + bye)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).matches("I last saw alice just now / (Bye|See you|Au revoir) alice");
          ctx.completeNow();
        })));
  }

  private Future<ChatClient> chat(Vertx vertx) {
    return TestBot.start(vertx, dir, YAML).compose(bot -> ChatClient.open(bot, "websocket"));
  }
}
