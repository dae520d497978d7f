package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJson;
import static io.opsdroid.vertx.web.ApiAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class WebhookRouteTest {

  private static final String BOT = """
      connectors:
        websocket: {}
      skills:
        hello: {}
        examplewebhookskill: {}
      """;

  private static final String HOOK = "/skill/examplewebhookskill/examplewebhook";

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
  @ValueSource(strings = {HOOK, HOOK + "/"})
  void postToTheWebhookCallsTheSkill(String path, VertxTestContext ctx) {
    post(path, "{\"hello\": \"world\"}")
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json().getString("called_skill")).isEqualTo("examplewebhookskill");
          ctx.completeNow();
        })));
  }

  @Test
  void postWithoutBodyCallsTheSkill(VertxTestContext ctx) {
    post(HOOK, null).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      assertJson(reply, 200);
      assertThat(reply.json().getString("called_skill")).isEqualTo("examplewebhookskill");
      ctx.completeNow();
    })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/skill/nosuchskill/examplewebhook",
      "/skill/examplewebhookskill/nosuchhook", "/skill/hello/examplewebhook",
      "/skill/nosuchskill/examplewebhook/"})
  void postToAnUnknownSkillOrWebhookIsJsonNotFound(String path, VertxTestContext ctx) {
    post(path, "{}").onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      assertJsonError(reply, 404);
      ctx.completeNow();
    })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
  void otherMethodsAreNotAllowedAndPointToPost(String method, VertxTestContext ctx) {
    bot.request(HttpMethod.valueOf(method), HOOK, Map.of(), null)
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJsonError(reply, 405);
          assertThat(reply.header("Allow")).isEqualTo("POST");
          ctx.completeNow();
        })));
  }

  @Test
  void getWithTrailingSlashIsNotAllowedEither(VertxTestContext ctx) {
    bot.get(HOOK + "/", Map.of()).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      assertJsonError(reply, 405);
      assertThat(reply.header("Allow")).isEqualTo("POST");
      ctx.completeNow();
    })));
  }

  @Test
  void acceptedCallsCountInStatsAndRefusedOnesDoNot(VertxTestContext ctx) {
    post(HOOK, "{}")
        .compose(first -> post(HOOK + "/", "{}"))
        .compose(second -> post("/skill/examplewebhookskill/nosuchhook", "{}"))
        .compose(refused -> bot.get(HOOK, Map.of()))
        .compose(refused -> bot.get("/stats", Map.of()))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.json().getJsonObject("messages").getLong("webhooks_called"))
              .isEqualTo(2);
          ctx.completeNow();
        })));
  }

  @Test
  void skillGetsThePostedBodyEvenWithCurlsFormContentType(VertxTestContext ctx) {
    List<String> frames = new CopyOnWriteArrayList<>();
    Promise<Void> greeted = Promise.promise();
    bot.openSocket("websocket").compose(socket -> {
      socket.textMessageHandler(text -> {
        frames.add(text);
        if (frames.size() == 1) {
          greeted.complete();
        } else {
          ctx.verify(() -> {
            assertThat(new JsonObject(text)).isEqualTo(new JsonObject().put("hello", "world"));
            ctx.completeNow();
          });
        }
      });
      // The greeting proves the connector knows the socket before the webhook speaks.
      return socket.writeTextMessage("hi").compose(sent -> greeted.future());
    }).compose(ready -> bot.request(HttpMethod.POST, HOOK,
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "{\"hello\": \"world\"}"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> assertJson(reply, 200))));
  }

  private Future<Reply> post(String path, String body) {
    return bot.request(HttpMethod.POST, path, Map.of("Content-Type", "application/json"),
        body);
  }
}
