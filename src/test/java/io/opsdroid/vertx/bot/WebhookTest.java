package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.opsdroid.vertx.skill.SkillRuntime;
import io.opsdroid.vertx.testing.ChatClient;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code POST /skill/<skill>/<webhook>} runs the skill with the request, for real. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class WebhookTest {

  private static final String YAML = """
      connectors:
        websocket: {}
      skills:
        examplewebhookskill: {}
        hook:
          module: io.opsdroid.vertx.bot.HookSkill
      """;
  private static final String TOKEN_YAML = "web:\n  webhook-token: hook-secret\n" + YAML;
  private static final String BODY = "{\"build\": 42}";

  @TempDir
  Path dir;

  @Test
  void skillAnswersWithItsOwnStatusHeaderAndBody(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/echo?q=find", Map.of("X-Custom", "yes"), BODY))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(202);
          assertThat(reply.header("X-Skill")).isEqualTo("hook");
          assertThat(reply.header("Content-Type")).startsWith("application/json");
          assertThat(reply.json()).isEqualTo(new JsonObject()
              .put("webhook", "echo")
              .put("method", "POST")
              .put("query", "find")
              .put("header", "yes")
              .put("body", new JsonObject(BODY)));
          ctx.completeNow();
        })));
  }

  @Test
  void longJsonBodyPostedAsAFormReachesTheSkillWhole(Vertx vertx, VertxTestContext ctx) {
    JsonObject report = new JsonObject().put("log", "line of a build log\n".repeat(200));
    Map<String, String> curlDefault = Map.of("Content-Type",
        "application/x-www-form-urlencoded");
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/echo", curlDefault, report.encode()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(202);
          assertThat(reply.json().getJsonObject("body")).isEqualTo(report);
          ctx.completeNow();
        })));
  }

  @Test
  void skillWithoutAResponseOfItsOwnGetsTheCalledSkillReply(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/plain", Map.of(), BODY))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.json().getString("called_skill")).isEqualTo("hook");
          ctx.completeNow();
        })));
  }

  @Test
  void exampleWebhookSaysThePostedJsonThroughTheDefaultConnector(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> bot.post(
                "/skill/examplewebhookskill/examplewebhook", Map.of(), BODY)
            .compose(reply -> chat.next().map(said -> List.of(reply.text(), said)))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(new JsonObject(result.get(0)).getString("called_skill"))
              .isEqualTo("examplewebhookskill");
          assertThat(new JsonObject(result.get(1))).isEqualTo(new JsonObject(BODY));
          ctx.completeNow();
        })));
  }

  @Test
  void exampleWebhookCalledWithoutABodySaysAnEmptyObject(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket").compose(chat -> bot.post(
                "/skill/examplewebhookskill/examplewebhook", Map.of(), null)
            .compose(reply -> chat.next().map(said -> List.of(reply.text(), said)))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(new JsonObject(result.get(0)).getString("called_skill"))
              .isEqualTo("examplewebhookskill");
          assertThat(result.get(1)).isEqualTo("{}");
          ctx.completeNow();
        })));
  }

  @Test
  void webhookTokenIsRequiredAsBearerAndRefusedCallsAreNotCounted(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, TOKEN_YAML)
        .compose(bot -> echo(bot, Map.of())
            .compose(none -> echo(bot, Map.of("Authorization", "Bearer wrong"))
                .map(wrong -> List.of(none.status(), wrong.status())))
            .compose(refused -> echo(bot, Map.of("Authorization", "hook-secret"))
                .map(bare -> append(refused, bare.status())))
            .compose(refused -> echo(bot, Map.of("Authorization", "Bearer hook-secret"))
                .map(accepted -> append(refused, accepted.status())))
            .compose(statuses -> bot.messageStats().map(stats -> append(statuses,
                stats.getInteger("webhooks_called")))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.subList(0, 4)).containsExactly(401, 401, 401, 202);
          assertThat(result.get(4)).as("webhooks_called").isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void checkedWebhookTokenIsNotHandedToTheSkill(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, TOKEN_YAML)
        .compose(bot -> bot.post("/skill/hook/authorization",
            Map.of("Authorization", "Bearer hook-secret"), BODY))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.json().getBoolean("given")).isFalse();
          ctx.completeNow();
        })));
  }

  @Test
  void withoutAWebhookTokenTheSkillSeesTheCallersAuthorization(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/authorization",
            Map.of("Authorization", "Bearer the-callers-own"), BODY))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.json().getString("authorization")).isEqualTo("Bearer the-callers-own");
          ctx.completeNow();
        })));
  }

  @Test
  void refusedCallIsAJson401WithABearerChallenge(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, TOKEN_YAML)
        .compose(bot -> echo(bot, Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(401);
          assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
          assertThat(reply.json().getString("error")).isNotBlank();
          ctx.completeNow();
        })));
  }

  @Test
  void skillThatThrowsIsLoggedByName(Vertx vertx, VertxTestContext ctx) {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger runtime = (Logger) LoggerFactory.getLogger(SkillRuntime.class);
    runtime.addAppender(log);
    log.start();
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/boom", Map.of(), BODY))
        .eventually(() -> {
          runtime.detachAppender(log);
          return Future.succeededFuture();
        })
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains("'hook'", "boom");
            assertThat(event.getThrowableProxy().getMessage())
                .isEqualTo("this webhook fails on purpose");
          });
          ctx.completeNow();
        })));
  }

  @Test
  void skillThatThrowsGivesAJson500AndTheServerRunsOn(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/boom", Map.of(), BODY)
            .compose(failed -> echo(bot, Map.of()).map(after -> List.of(failed, after))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0).status()).isEqualTo(500);
          assertThat(replies.get(0).json().getString("error")).contains("hook")
              .as("what the skill threw stays in the log").doesNotContain("on purpose");
          assertThat(replies.get(1).status()).isEqualTo(202);
          ctx.completeNow();
        })));
  }

  @Test
  void replyWhoseBodyIsNoJsonValueIsASkillFailureAtOnce(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/dated", Map.of(), BODY))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).as("not a time-out").isEqualTo(500);
          assertThat(reply.json().getString("error")).contains("hook");
          ctx.completeNow();
        })));
  }

  @Test
  void skillThatNeverAnswersGivesA504AfterTheWebhookTimeout(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = "web:\n  webhook-timeout: 1\n" + YAML;
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> bot.post("/skill/hook/silent", Map.of(), BODY)
            .compose(late -> echo(bot, Map.of()).map(after -> List.of(late, after))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies.get(0).status()).isEqualTo(504);
          assertThat(replies.get(0).json().getString("error")).isNotBlank();
          assertThat(replies.get(1).status()).isEqualTo(202);
          ctx.completeNow();
        })));
  }

  @Test
  void unknownWebhookOrSkillIsA404AndNotCounted(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.post("/skill/hook/nothing", Map.of(), BODY)
            .compose(noHook -> bot.post("/skill/nobody/echo", Map.of(), BODY)
                .map(noSkill -> List.of(noHook.status(), noSkill.status())))
            .compose(statuses -> bot.messageStats().map(stats -> append(statuses,
                stats.getInteger("webhooks_called")))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result).containsExactly(404, 404, 0);
          ctx.completeNow();
        })));
  }

  @Test
  void webhookAnswersOnlyPost(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.request(HttpMethod.GET, "/skill/hook/echo", Map.of(), null))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(405);
          assertThat(reply.header("Allow")).isEqualTo("POST");
          ctx.completeNow();
        })));
  }

  private static Future<Reply> echo(TestBot bot, Map<String, String> headers) {
    return bot.post("/skill/hook/echo", headers, BODY);
  }

  private static List<Integer> append(List<Integer> list, int item) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item))
        .toList();
  }
}
