package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /stats} counts exactly the work the bot did, as opsdroid defines it. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class StatisticsTest {

  private static final String YAML = """
      web:
        webhook-token: hook-secret
      connectors:
        websocket: {}
      skills:
        hello: {}
        examplewebhookskill: {}
        twice:
          module: io.opsdroid.vertx.bot.TwiceSkill
        later:
          module: io.opsdroid.vertx.bot.LaterSkill
      """;
  private static final String WEBHOOK = "/skill/examplewebhookskill/examplewebhook";

  @TempDir
  Path dir;

  @Test
  void answeredMessagesCountAsParsedAndRespondedWithTheirTime(Vertx vertx,
      VertxTestContext ctx) {
    long started = System.nanoTime();
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket")
            .compose(chat -> askInTurn(chat, List.of("hi", "hello", "hey")))
            .compose(replies -> bot.messageStats()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          double secondsSinceStart = (System.nanoTime() - started) / 1e9;
          assertThat(stats.getLong("total_parsed")).isEqualTo(3);
          assertThat(stats.getLong("total_responses")).isEqualTo(3);
          assertThat(stats.getDouble("total_response_time"))
              .as("seconds, within the time the whole test took")
              .isPositive()
              .isLessThan(secondsSinceStart);
          assertThat(stats.getDouble("average_response_time"))
              .isCloseTo(stats.getDouble("total_response_time") / 3, within(1e-9));
          ctx.completeNow();
        })));
  }

  @Test
  void messageNoSkillAnswersCountsAsParsedOnly(Vertx vertx, VertxTestContext ctx) {
    // The reply to "hi" comes after "xyzzy" was parsed: one connector, one order.
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket")
            .compose(chat -> chat.write("xyzzy").compose(sent -> chat.ask("hi")))
            .compose(reply -> bot.messageStats()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.getLong("total_parsed")).isEqualTo(2);
          assertThat(stats.getLong("total_responses")).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void onlyTheFirstOfTwoRepliesToAMessageCountsAsAResponse(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket")
            .compose(chat -> chat.ask("twice").compose(first -> chat.next()))
            .compose(second -> bot.messageStats()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.getLong("total_parsed")).isEqualTo(1);
          assertThat(stats.getLong("total_responses")).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void replySentAfterTheHandlerReturnedCountsAsAResponse(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket")
            .compose(chat -> chat.ask("later"))
            .compose(reply -> bot.messageStats()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.getLong("total_parsed")).isEqualTo(1);
          assertThat(stats.getLong("total_responses")).isEqualTo(1);
          assertThat(stats.getDouble("total_response_time")).isPositive();
          ctx.completeNow();
        })));
  }

  @Test
  void replyToASocketThatClosedMeanwhileIsNoResponse(Vertx vertx, VertxTestContext ctx) {
    Promise<Void> deliveryRefused = Promise.promise();
    vertx.eventBus().addOutboundInterceptor(delivery -> {
      boolean refusal = delivery.body() instanceof ReplyException refused
          && String.valueOf(refused.getMessage()).contains("could not send");
      // The refusal goes on its way to the registry first, and the statistics are read
      // after: they are read once the registry knows the reply was not delivered.
      delivery.next();
      if (refusal) {
        deliveryRefused.tryComplete();
      }
    });

    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket")
            .compose(chat -> chat.write("later").compose(sent -> chat.close()))
            .compose(closed -> deliveryRefused.future())
            .compose(refused -> bot.messageStats()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.getLong("total_parsed")).isEqualTo(1);
          assertThat(stats.getLong("total_responses")).isZero();
          ctx.completeNow();
        })));
  }

  @Test
  void webhooksCalledCountsAcceptedCallsOnly(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> statusesInTurn(List.of(
                () -> callWebhook(bot, Map.of("Authorization", "Bearer hook-secret")),
                () -> callWebhook(bot, Map.of("Authorization", "Bearer wrong")),
                () -> callWebhook(bot, Map.of()),
                () -> callWebhook(bot, Map.of("Authorization", "Bearer hook-secret"))))
            .compose(statuses -> bot.messageStats().map(stats -> stats.copy()
                .put("statuses", statuses))))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.getJsonArray("statuses").getList())
              .containsExactly(200, 401, 401, 200);
          assertThat(stats.getLong("webhooks_called")).isEqualTo(2);
          assertThat(stats.getLong("total_parsed")).isZero();
          ctx.completeNow();
        })));
  }

  @Test
  void statisticsStartAtZeroWithNoAverage(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(TestBot::messageStats)
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats).isEqualTo(new JsonObject()
              .put("total_parsed", 0)
              .put("webhooks_called", 0)
              .put("total_response_time", 0.0)
              .put("total_responses", 0)
              .put("average_response_time", 0.0));
          ctx.completeNow();
        })));
  }

  private static Future<TestBot.Reply> callWebhook(TestBot bot, Map<String, String> headers) {
    return bot.post(WEBHOOK, headers, "{\"done\": true}");
  }

  private static Future<List<Integer>> statusesInTurn(
      List<Supplier<Future<TestBot.Reply>>> calls) {
    Future<List<Integer>> statuses = Future.succeededFuture(List.of());
    for (Supplier<Future<TestBot.Reply>> call : calls) {
      statuses = statuses.compose(earlier -> call.get().map(reply -> append(earlier,
          reply.status())));
    }
    return statuses;
  }

  private static Future<List<String>> askInTurn(ChatClient chat, List<String> messages) {
    Future<List<String>> replies = Future.succeededFuture(List.of());
    for (String message : messages) {
      replies = replies.compose(earlier -> chat.ask(message).map(reply -> append(earlier,
          reply)));
    }
    return replies;
  }

  private static <T> List<T> append(List<T> list, T item) {
    return Stream.concat(list.stream(), Stream.of(item)).toList();
  }
}
