package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJson;
import static io.opsdroid.vertx.web.ApiAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class BodyLimitTest {

  private static final String TOKEN = "limit-test-token";
  private static final String HOOK = "/skill/examplewebhookskill/examplewebhook";

  private static final String BOT = """
      web:
        body-limit: 100
        command-center: {enabled: true, token: %s}
      connectors:
        websocket: {}
      skills:
        examplewebhookskill: {}
      """.formatted(TOKEN);

  @TempDir
  Path folder;

  private TestBot bot;

  @BeforeEach
  void startBot(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, BOT).onComplete(ctx.succeeding(started -> {
      bot = started;
      ctx.completeNow();
    }));
  }

  @Test
  void webhookBodyOverTheLimitIsTooLargeInJson(VertxTestContext ctx) {
    bot.request(HttpMethod.POST, HOOK, Map.of(), jsonOfLength(101))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJsonError(reply, 413);
          ctx.completeNow();
        })));
  }

  @Test
  void webhookBodyWithinTheLimitIsAccepted(VertxTestContext ctx) {
    bot.request(HttpMethod.POST, HOOK, Map.of(), jsonOfLength(100))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          ctx.completeNow();
        })));
  }

  @Test
  void patchBodyOverTheLimitIsTooLargeAndChangesNothing(VertxTestContext ctx) {
    String padding = "x".repeat(100);
    String patch = "{\"module_type\": \"skills\", \"module_name\": \"examplewebhookskill\","
        + " \"config\": {\"enabled\": false, \"note\": \"" + padding + "\"}}";
    Map<String, String> auth = Map.of("Authorization", TOKEN);
    bot.request(HttpMethod.PATCH, "/skills", auth, patch)
        .compose(refused -> bot.get("/skills", auth).map(after -> {
          ctx.verify(() -> {
            assertJsonError(refused, 413);
            assertThat(after.json().getJsonObject("examplewebhookskill")
                .getBoolean("enabled")).isTrue();
          });
          return after;
        }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void chunkedBodyThatGrowsOverTheLimitIsTooLarge(VertxTestContext ctx) {
    String piece = "x".repeat(60);
    String request = "POST " + HOOK + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + chunk(piece) + chunk(piece) + "0\r\n\r\n";
    bot.raw(request).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      assertThat(reply).as("no length declared: the limit is met as the body comes")
          .startsWith("HTTP/1.1 413 ")
          .contains("application/json");
      ctx.completeNow();
    })));
  }

  private static String chunk(String data) {
    return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
  }

  /** A JSON object exactly {@code length} bytes long. */
  private static String jsonOfLength(int length) {
    String frame = "{\"pad\": \"\"}";
    return "{\"pad\": \"" + "x".repeat(length - frame.length()) + "\"}";
  }
}
