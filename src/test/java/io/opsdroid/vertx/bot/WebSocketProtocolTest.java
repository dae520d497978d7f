package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** opsdroid's websocket handshake: socket ids, their limits, their expiry, the token. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class WebSocketProtocolTest {

  @TempDir
  Path dir;

  @Test
  void idsRequestedButNotYetUsedCountTowardsMaxConnections(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("max-connections: 2"))
        .compose(bot -> bot.socketId("websocket")
            .compose(first -> bot.socketId("websocket"))
            .compose(second -> bot.requestSocket("websocket", Map.of())))
        .onComplete(ctx.succeeding(third -> ctx.verify(() -> {
          assertThat(third.status()).isEqualTo(429);
          assertThat(third.json().getString("error")).contains("2");
          ctx.completeNow();
        })));
  }

  @Test
  void openSocketsCountTowardsMaxConnections(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("max-connections: 1"))
        .compose(bot -> bot.openSocket("websocket")
            .compose(open -> bot.requestSocket("websocket", Map.of())))
        .onComplete(ctx.succeeding(second -> ctx.verify(() -> {
          assertThat(second.status()).isEqualTo(429);
          ctx.completeNow();
        })));
  }

  @Test
  void closedSocketGivesItsPlaceBack(Vertx vertx, VertxTestContext ctx) {
    Promise<Void> closedEventSent = Promise.promise();
    vertx.eventBus().addOutboundInterceptor(delivery -> {
      if (delivery.body() instanceof JsonObject event
          && "closed".equals(event.getString("event"))) {
        closedEventSent.tryComplete();
      }
      delivery.next();
    });

    TestBot.start(vertx, dir, websocket("max-connections: 1"))
        .compose(bot -> bot.openSocket("websocket")
            .compose(open -> open.close())
            .compose(closed -> closedEventSent.future())
            .compose(told -> bot.openSocket("websocket")))
        .onComplete(ctx.succeeding(reopened -> ctx.verify(() -> {
          assertThat(reopened.isClosed()).isFalse();
          ctx.completeNow();
        })));
  }

  @Test
  void idUsedAfterTheConnectionTimeoutIsRefusedWith408(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("connection-timeout: 1"))
        .compose(bot -> bot.socketId("websocket")
            .compose(id -> after(vertx, 1100).compose(waited -> handshake(bot, id))))
        .onComplete(ctx.succeeding(status -> ctx.verify(() -> {
          assertThat(status).isEqualTo(408);
          ctx.completeNow();
        })));
  }

  @Test
  void expiredIdsNoLongerCountTowardsMaxConnections(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("{max-connections: 1, connection-timeout: 1}"))
        .compose(bot -> bot.socketId("websocket")
            .compose(id -> after(vertx, 1100))
            .compose(waited -> bot.requestSocket("websocket", Map.of())))
        .onComplete(ctx.succeeding(second -> ctx.verify(() -> {
          assertThat(second.status()).isEqualTo(200);
          ctx.completeNow();
        })));
  }

  @Test
  void unknownIdIsRefusedWith400(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("{}"))
        .compose(bot -> handshake(bot, "no-such-socket"))
        .onComplete(ctx.succeeding(status -> ctx.verify(() -> {
          assertThat(status).isEqualTo(400);
          ctx.completeNow();
        })));
  }

  @Test
  void eachIdOpensOneSocketOnly(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("{}"))
        .compose(bot -> bot.socketId("websocket").compose(id -> handshake(bot, id)
            .compose(first -> handshake(bot, id).map(second -> List.of(first, second)))))
        .onComplete(ctx.succeeding(statuses -> ctx.verify(() -> {
          assertThat(statuses).containsExactly(101, 400);
          ctx.completeNow();
        })));
  }

  @Test
  void connectorWithATokenRefusesRequestsWithoutIt(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("token: socket-secret"))
        .compose(bot -> statuses(bot, Map.of(), Map.of("Authorization", "wrong"),
            Map.of("Authorization", "socket-secret"),
            Map.of("Authorization", "Bearer socket-secret")))
        .onComplete(ctx.succeeding(statuses -> ctx.verify(() -> {
          assertThat(statuses).containsExactly(401, 401, 200, 200);
          ctx.completeNow();
        })));
  }

  @Test
  void socketOfAConnectorWithATokenOpensWithTheIdAlone(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, websocket("token: socket-secret"))
        .compose(bot -> bot.requestSocket("websocket", Map.of("Authorization", "socket-secret"))
            .compose(reply -> handshake(bot, reply.json().getString("socket"))))
        .onComplete(ctx.succeeding(status -> ctx.verify(() -> {
          assertThat(status).isEqualTo(101);
          ctx.completeNow();
        })));
  }

  private static String websocket(String settings) {
    String body = settings.startsWith("{") ? settings : "{" + settings + "}";
    return "connectors:\n  websocket: " + body + "\nskills:\n  hello: {}\n";
  }

  /** The status of the websocket handshake for {@code id}: 101 when it opened. */
  private static Future<Integer> handshake(TestBot bot, String id) {
    return bot.connect("websocket", id)
        .map(socket -> 101)
        .recover(failure -> failure instanceof UpgradeRejectedException rejected
            ? Future.succeededFuture(rejected.getStatus())
            : Future.failedFuture(failure));
  }

  @SafeVarargs
  private static Future<List<Integer>> statuses(TestBot bot, Map<String, String>... headers) {
    Future<List<Integer>> all = Future.succeededFuture(List.of());
    for (Map<String, String> each : headers) {
      all = all.compose(earlier -> bot.requestSocket("websocket", each).map(reply ->
          java.util.stream.Stream.concat(earlier.stream(),
              java.util.stream.Stream.of(reply.status())).toList()));
    }
    return all;
  }

  /** Completes after {@code millis} of real time: the connection timeout is wall-clock. */
  private static Future<Void> after(Vertx vertx, long millis) {
    Promise<Void> waited = Promise.promise();
    vertx.setTimer(millis, id -> waited.complete());
    return waited.future();
  }
}
