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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class CommandCenterAuthTest {

  private static final String TOKEN = "s3cret-command-center-token";

  private static final String BOT = """
      web:
        command-center:
          enabled: true
          token: %s
      connectors:
        websocket: {}
      skills:
        hello: {}
      databases:
        memory: {}
      parsers:
        regex: {}
      """.formatted(TOKEN);

  /** Every command-center route, with and without its trailing slash. */
  private static final List<String> PATHS = List.of(
      "/connectors", "/connectors/", "/skills", "/skills/", "/databases", "/databases/",
      "/parsers", "/parsers/", "/config", "/config/");

  private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.PATCH,
      HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS);

  private static final String PATCH_SKILL = """
      {"module_type": "skills", "module_name": "hello", "config": {"greeting": "hi"}}""";

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

  @ParameterizedTest
  @ValueSource(strings = {"", "wrong-token", "Bearer wrong-token", "Bearer",
      "Basic " + TOKEN, TOKEN + "x", "Bearer " + TOKEN + "x", "x" + TOKEN})
  void everyMethodOnEveryRouteRefusesAMissingOrWrongToken(String authorization,
      VertxTestContext ctx) {
    Map<String, String> headers = authorization.isEmpty() ? Map.of()
        : Map.of("Authorization", authorization);
    List<Future<Reply>> replies = new ArrayList<>();
    for (String path : PATHS) {
      for (HttpMethod method : METHODS) {
        replies.add(bot.request(method, path, headers, "{}")
            .onSuccess(reply -> ctx.verify(() -> assertUnauthorized(method, path, reply))));
      }
    }
    Future.all(replies).onComplete(ctx.succeedingThenComplete());
  }

  /**
   * A client sends a token that is not ASCII as UTF-8 bytes; HTTP hands each byte over as one
   * ISO-8859-1 character, which is how the header is written here.
   */
  @Test
  void tokenThatIsNotAsciiIsAcceptedAsItsUtf8Bytes(Vertx vertx, VertxTestContext ctx,
      @TempDir Path otherFolder) {
    String token = "pässwörd-ключ";
    String onTheWire = new String(token.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1);
    String yaml = BOT.replace(TOKEN, token);

    TestBot.start(vertx, otherFolder, yaml)
        .compose(other -> Future.all(
            other.get("/skills", Map.of("Authorization", onTheWire)),
            other.get("/skills", Map.of("Authorization", "Bearer " + onTheWire)),
            other.get("/skills", Map.of("Authorization", "pässwörd"))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.<Reply>resultAt(0).status()).isEqualTo(200);
          assertThat(replies.<Reply>resultAt(1).status()).isEqualTo(200);
          assertThat(replies.<Reply>resultAt(2).status()).isEqualTo(401);
          ctx.completeNow();
        })));
  }

  @Test
  void headWithoutTokenIsUnauthorized(VertxTestContext ctx) {
    eachPath(HttpMethod.HEAD, Map.of(), null, ctx, (path, reply) -> {
      assertThat(reply.status()).as(path).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).as(path).startsWith("Bearer");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {TOKEN, "Bearer " + TOKEN, "bearer " + TOKEN})
  void getOnEveryRouteAcceptsTheTokenBareOrAsBearer(String authorization,
      VertxTestContext ctx) {
    eachPath(HttpMethod.GET, Map.of("Authorization", authorization), null, ctx,
        (path, reply) -> assertJson(reply, 200));
  }

  @Test
  void headWithTheTokenAnswersLikeGetWithoutABody(VertxTestContext ctx) {
    eachPath(HttpMethod.HEAD, Map.of("Authorization", TOKEN), null, ctx, (path, reply) -> {
      assertThat(reply.status()).as(path).isEqualTo(200);
      assertThat(reply.header("Content-Type")).as(path).startsWith("application/json");
      assertThat(reply.body().length()).as(path).isZero();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {TOKEN, "Bearer " + TOKEN})
  void patchAcceptsTheTokenBareOrAsBearer(String authorization, VertxTestContext ctx) {
    Map<String, String> headers = Map.of("Authorization", authorization);
    Future.all(bot.request(HttpMethod.PATCH, "/skills", headers, PATCH_SKILL),
            bot.request(HttpMethod.PATCH, "/skills/", headers, PATCH_SKILL))
        .onComplete(ctx.succeeding(both -> ctx.verify(() -> {
          for (int i = 0; i < 2; i++) {
            Reply reply = both.resultAt(i);
            assertJson(reply, 200);
            assertThat(reply.json().getString("module_name")).isEqualTo("hello");
          }
          ctx.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE"})
  void otherMethodsWithTheTokenAreNotAllowed(String method, VertxTestContext ctx) {
    Map<String, String> headers = Map.of("Authorization", TOKEN);
    eachPath(HttpMethod.valueOf(method), headers, "{}", ctx, (path, reply) -> {
      assertJsonError(reply, 405);
      assertThat(reply.header("Allow")).as(path).contains("GET");
    });
  }

  @Test
  void configRouteAllowsOnlyGet(VertxTestContext ctx) {
    Map<String, String> headers = Map.of("Authorization", TOKEN);
    bot.request(HttpMethod.PATCH, "/config", headers, PATCH_SKILL)
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJsonError(reply, 405);
          assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
          ctx.completeNow();
        })));
  }

  @Test
  void refusedPatchChangesNothing(VertxTestContext ctx) {
    Map<String, String> headers = Map.of("Authorization", TOKEN);
    String disable = """
        {"module_type": "skills", "module_name": "hello", "config": {"enabled": false}}""";
    bot.request(HttpMethod.PATCH, "/skills", Map.of("Authorization", "wrong"), disable)
        .compose(refused -> bot.get("/skills", headers))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.json().getJsonObject("hello").getBoolean("enabled")).isTrue();
          assertThat(reply.json().getJsonObject("hello").getString("state"))
              .isEqualTo("running");
          ctx.completeNow();
        })));
  }

  private void eachPath(HttpMethod method, Map<String, String> headers, String body,
      VertxTestContext ctx, PathCheck check) {
    List<Future<Reply>> replies = new ArrayList<>();
    for (String path : PATHS) {
      replies.add(bot.request(method, path, new HashMap<>(headers), body)
          .onSuccess(reply -> ctx.verify(() -> check.verify(path, reply))));
    }
    Future.all(replies).onComplete(ctx.succeedingThenComplete());
  }

  private static void assertUnauthorized(HttpMethod method, String path, Reply reply) {
    String request = method + " " + path;
    assertThat(reply.status()).as(request).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).as(request).startsWith("Bearer");
    assertThat(reply.header("Content-Type")).as(request).startsWith("application/json");
    assertThat(reply.json().getString("error")).as(request).isNotBlank();
  }

  @FunctionalInterface
  private interface PathCheck {
    void verify(String path, Reply reply) throws Throwable;
  }
}
