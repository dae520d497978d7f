package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJson;
import static io.opsdroid.vertx.web.ApiAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class IndexAndStatsTest {

  private static final String BOT = """
      connectors:
        websocket: {}
      skills:
        hello: {}
        dance: {}
        examplewebhookskill: {}
      databases:
        memory: {}
      parsers:
        crontab: {enabled: false}
      """;

  private static final String NO_INDEX = """
      web:
        disable_web_index_handler_in_root: true
      connectors:
        websocket: {}
      """;

  private static final JsonObject WELCOME = new JsonObject()
      .put("message", "Welcome to the opsdroid API");

  @TempDir
  Path folder;

  @Test
  void getRootWelcomesInJson(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.get("/", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json()).isEqualTo(WELCOME);
          ctx.completeNow();
        })));
  }

  @Test
  void headRootAnswersOkWithJsonTypeAndNoBody(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.raw(head("/")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertHeadReply(reply);
          assertThat(reply.toLowerCase(Locale.ROOT))
              .contains("content-type: application/json")
              .as("the length of the body a GET gets")
              .contains("content-length: " + WELCOME.encode().length());
          ctx.completeNow();
        })));
  }

  @Test
  void disabledIndexAnswersJsonNotFound(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, NO_INDEX)
        .compose(bot -> bot.get("/", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJsonError(reply, 404);
          ctx.completeNow();
        })));
  }

  @Test
  void disabledIndexStillServesStats(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, NO_INDEX)
        .compose(bot -> bot.get("/stats", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          ctx.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/stats", "/stats/"})
  void statsHaveTheDocumentedShape(String path, Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.get(path, Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertDocumentedShape(reply.json());
          ctx.completeNow();
        })));
  }

  @Test
  void statsCountTheRunningModulesOfEachType(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.get("/stats", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.json().getJsonObject("modules")).isEqualTo(new JsonObject()
              .put("skills", 3).put("connectors", 1).put("databases", 1));
          ctx.completeNow();
        })));
  }

  @Test
  void freshBotHasCountedNothing(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.get("/stats", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject messages = reply.json().getJsonObject("messages");
          assertThat(messages.getLong("total_parsed")).isZero();
          assertThat(messages.getLong("webhooks_called")).isZero();
          assertThat(messages.getLong("total_responses")).isZero();
          assertThat(messages.getDouble("total_response_time")).isZero();
          assertThat(messages.getDouble("average_response_time")).isZero();
          ctx.completeNow();
        })));
  }

  @Test
  void readingStatsRepeatedlyChangesNothing(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> readStats(bot, 3))
        .onComplete(ctx.succeeding(readings -> ctx.verify(() -> {
          assertThat(readings.get(1)).isEqualTo(readings.get(0));
          assertThat(readings.get(2)).isEqualTo(readings.get(0));
          ctx.completeNow();
        })));
  }

  @Test
  void headStatsAnswersOkWithoutBody(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.raw(head("/stats")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertHeadReply(reply);
          ctx.completeNow();
        })));
  }

  private static String head(String path) {
    return "HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  }

  /** A 200 whose bytes end with its headers: a HEAD reply carries no body. */
  private static void assertHeadReply(String reply) {
    assertThat(reply).startsWith("HTTP/1.1 200 ");
    assertThat(reply).endsWith("\r\n\r\n");
    assertThat(reply.indexOf("\r\n\r\n")).isEqualTo(reply.length() - 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/stats", "/stats/", "/"})
  void postToAReadOnlyRouteIsMethodNotAllowedWithAllow(String path, Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.request(HttpMethod.POST, path, Map.of(), "{}"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJsonError(reply, 405);
          assertThat(reply.header("Allow")).contains("GET").doesNotContain("POST");
          ctx.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nothing-here", "/stats/deeper", "/skill/examplewebhookskill",
      "/connectors", "/config"})
  void unknownPathIsJsonNotFound(String path, Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT)
        .compose(bot -> bot.get(path, Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJsonError(reply, 404);
          ctx.completeNow();
        })));
  }

  private static void assertDocumentedShape(JsonObject stats) {
    assertThat(stats.getValue("version")).isInstanceOf(String.class);
    assertThat(stats.getString("version")).isNotBlank();
    JsonObject messages = stats.getJsonObject("messages");
    assertThat(messages.fieldNames()).contains("total_parsed", "webhooks_called",
        "total_response_time", "total_responses", "average_response_time");
    assertThat(messages.getValue("total_parsed")).isInstanceOf(Number.class);
    assertThat(messages.getValue("webhooks_called")).isInstanceOf(Number.class);
    assertThat(messages.getValue("total_response_time")).isInstanceOf(Number.class);
    assertThat(messages.getValue("total_responses")).isInstanceOf(Number.class);
    assertThat(messages.getValue("average_response_time")).isInstanceOf(Number.class);
    JsonObject modules = stats.getJsonObject("modules");
    assertThat(modules.fieldNames()).contains("skills", "connectors", "databases");
    modules.forEach(count -> assertThat(count.getValue()).isInstanceOf(Number.class));
  }

  /** Reads the statistics {@code times} times, one after the other. */
  private static Future<List<JsonObject>> readStats(TestBot bot, int times) {
    Future<List<JsonObject>> readings = Future.succeededFuture(List.of());
    for (int i = 0; i < times; i++) {
      readings = readings.compose(earlier -> bot.get("/stats", Map.of())
          .map(Reply::json)
          .map(reading -> append(earlier, reading)));
    }
    return readings;
  }

  private static List<JsonObject> append(List<JsonObject> list, JsonObject item) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item))
        .toList();
  }
}
