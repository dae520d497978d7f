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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class CorsTest {

  private static final String ALLOWED = "http://localhost:3000";
  private static final String TOKEN = "cors-test-token";

  private static final String ORIGINS = """
      web:
        cors:
          origins: ["%s"]
          allow-headers: [X-Token]
        command-center: {enabled: true, token: %s}
      connectors:
        websocket: {}
      skills:
        examplewebhookskill: {}
      """.formatted(ALLOWED, TOKEN);

  private static final String ALLOW_ALL = """
      web:
        cors: {allow-all: true}
      connectors:
        websocket: {}
      """;

  private static final String NO_CORS = """
      connectors:
        websocket: {}
      """;

  @TempDir
  Path folder;

  @Test
  void preflightFromAnAllowedOriginIsAnswered(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ORIGINS)
        .compose(bot -> preflight(bot, "/stats", ALLOWED, "GET", null))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(204);
          assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
          assertThat(reply.header("Access-Control-Allow-Methods")).contains("GET");
          ctx.completeNow();
        })));
  }

  @Test
  void preflightOfACommandCenterPatchNeedsNoTokenAndAllowsItsHeaders(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, folder, ORIGINS)
        .compose(bot -> preflight(bot, "/skills", ALLOWED, "PATCH",
            "Authorization, Content-Type, X-Token"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(204);
          assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
          assertThat(reply.header("Access-Control-Allow-Methods")).contains("PATCH");
          assertThat(reply.header("Access-Control-Allow-Headers").toLowerCase())
              .contains("authorization", "content-type", "x-token");
          ctx.completeNow();
        })));
  }

  @Test
  void requestFromAnAllowedOriginGetsTheOriginBack(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ORIGINS)
        .compose(bot -> bot.get("/stats", Map.of("Origin", ALLOWED)))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
          ctx.completeNow();
        })));
  }

  @Test
  void preflightFromAnotherOriginIsNotAllowed(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ORIGINS)
        .compose(bot -> preflight(bot, "/stats", "http://evil.example.org", "GET", null))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
          assertJsonError(reply, 403);
          ctx.completeNow();
        })));
  }

  @Test
  void requestFromAnotherOriginGetsNoCorsHeader(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ORIGINS)
        .compose(bot -> bot.get("/stats", Map.of("Origin", "http://evil.example.org")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
          assertJsonError(reply, 403);
          ctx.completeNow();
        })));
  }

  @Test
  void allowAllAnswersAPreflightFromAnyOrigin(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ALLOW_ALL)
        .compose(bot -> preflight(bot, "/", "http://anywhere.example.org", "GET", null))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(204);
          assertThat(reply.header("Access-Control-Allow-Origin"))
              .isIn("*", "http://anywhere.example.org");
          ctx.completeNow();
        })));
  }

  @Test
  void allowAllAddsTheHeaderToOrdinaryReplies(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ALLOW_ALL)
        .compose(bot -> bot.get("/", Map.of("Origin", "http://anywhere.example.org")))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.header("Access-Control-Allow-Origin"))
              .isIn("*", "http://anywhere.example.org");
          ctx.completeNow();
        })));
  }

  @Test
  void withoutCorsSettingsNoOriginIsAllowed(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, NO_CORS)
        .compose(bot -> bot.get("/", Map.of("Origin", ALLOWED)))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void plainOptionsOnTheCommandCenterStillNeedsTheToken(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, ORIGINS)
        .compose(bot -> bot.request(HttpMethod.OPTIONS, "/skills", Map.of(), null))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(401);
          ctx.completeNow();
        })));
  }

  private static Future<Reply> preflight(TestBot bot, String path, String origin,
      String method, String headers) {
    Map<String, String> request = new HashMap<>(Map.of("Origin", origin,
        "Access-Control-Request-Method", method));
    if (headers != null) {
      request.put("Access-Control-Request-Headers", headers);
    }
    return bot.request(HttpMethod.OPTIONS, path, request, null);
  }
}
