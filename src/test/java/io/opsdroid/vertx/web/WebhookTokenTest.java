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
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With {@code web.webhook-token}, a webhook call needs {@code Authorization: Bearer}. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class WebhookTokenTest {

  private static final String TOKEN = "webhook-test-token";
  private static final String HOOK = "/skill/examplewebhookskill/examplewebhook";

  private static final String BOT = """
      web:
        webhook-token: %s
        body-limit: 1000
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
  void bearerTokenCallsTheSkill(VertxTestContext ctx) {
    post(Map.of("Authorization", "Bearer " + TOKEN))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json().getString("called_skill")).isEqualTo("examplewebhookskill");
          ctx.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bearer wrong", TOKEN, "Basic " + TOKEN})
  void missingWrongOrBareTokenIsUnauthorizedAndNotCounted(String authorization,
      VertxTestContext ctx) {
    Map<String, String> headers = authorization.isEmpty() ? Map.of()
        : Map.of("Authorization", authorization);
    post(headers).compose(refused -> bot.get("/stats", Map.of()).map(stats -> {
      ctx.verify(() -> {
        assertJsonError(refused, 401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(stats.json().getJsonObject("messages").getLong("webhooks_called")).isZero();
      });
      return stats;
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void callWithoutTheTokenIsRefusedBeforeItsBodyIsRead(VertxTestContext ctx) {
    String overTheLimit = "{\"pad\": \"" + "x".repeat(2000) + "\"}";
    bot.request(HttpMethod.POST, HOOK, Map.of(), overTheLimit)
        .onComplete(ctx.succeeding(refused -> ctx.verify(() -> {
          assertJsonError(refused, 401);
          ctx.completeNow();
        })));
  }

  private Future<Reply> post(Map<String, String> headers) {
    return bot.request(HttpMethod.POST, HOOK, headers, "{}");
  }
}
