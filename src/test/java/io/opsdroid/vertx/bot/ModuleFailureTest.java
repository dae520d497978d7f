package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A module with a bad configuration stays stopped and says why; the rest of the bot runs. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ModuleFailureTest {

  private static final String TOKEN = "cc-token";
  private static final Map<String, String> AUTHORIZED = Map.of("Authorization", TOKEN);
  private static final String YAML = """
      web:
        command-center: {enabled: true, token: cc-token}
      connectors:
        websocket: {max-connections: many}
        chat:
          module: io.opsdroid.vertx.connector.websocket.WebSocketConnector
      skills:
        hello: {}
        ghost:
          module: com.example.NoSuchSkill
      """;
  private static final String GREETING = "(Hi|Hello|Hey) user";

  @TempDir
  Path dir;

  @Test
  void connectorWithABadValueStaysStoppedWithAnErrorNamingModuleAndKey(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.get("/connectors", AUTHORIZED))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject websocket = reply.json().getJsonObject("websocket");
          assertThat(websocket.getString("state")).isEqualTo("failed");
          assertThat(websocket.getString("error")).contains("'websocket'", "'max-connections'");
          assertThat(reply.json().getJsonObject("chat").getString("state"))
              .isEqualTo("running");
          ctx.completeNow();
        })));
  }

  @Test
  void connectorWhoseDefaultIsNotABooleanStaysStoppedNamingTheKey(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = YAML.replace("websocket: {max-connections: many}",
        "websocket: {default: often}");
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> bot.get("/connectors", AUTHORIZED))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject websocket = reply.json().getJsonObject("websocket");
          assertThat(websocket.getString("state")).isEqualTo("failed");
          assertThat(websocket.getString("error")).contains("'websocket'", "'default'");
          ctx.completeNow();
        })));
  }

  @Test
  void connectorThatDidNotStartServesNoSockets(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.requestSocket("websocket", Map.of()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(503);
          assertThat(reply.json().getString("error")).isNotBlank();
          ctx.completeNow();
        })));
  }

  @Test
  void skillWhoseClassIsMissingStaysStoppedWithAnErrorNamingTheClass(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.get("/skills", AUTHORIZED))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject ghost = reply.json().getJsonObject("ghost");
          assertThat(ghost.getString("state")).isEqualTo("failed");
          assertThat(ghost.getString("error")).contains("com.example.NoSuchSkill");
          ctx.completeNow();
        })));
  }

  @Test
  void skillWithAHandlerThatIsNotPublicStaysStoppedNamingTheMethod(Vertx vertx,
      VertxTestContext ctx) {
    skillEntry(vertx, "hidden", "io.opsdroid.vertx.bot.HiddenHandlerSkill")
        .onComplete(ctx.succeeding(hidden -> ctx.verify(() -> {
          assertThat(hidden.getString("state")).isEqualTo("failed");
          assertThat(hidden.getString("error")).contains("peekaboo", "not public");
          ctx.completeNow();
        })));
  }

  @Test
  void classThatIsNoSkillIsRefusedBeforeAnyOfItsCodeRuns(Vertx vertx, VertxTestContext ctx) {
    // The constant is inlined by the compiler: reading it runs none of NotASkill's code.
    skillEntry(vertx, "impostor", "io.opsdroid.vertx.bot.NotASkill")
        .onComplete(ctx.succeeding(impostor -> ctx.verify(() -> {
          assertThat(impostor.getString("state")).isEqualTo("failed");
          assertThat(impostor.getString("error")).contains("is not a Skill");
          assertThat(System.getProperty(NotASkill.INITIALISED)).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void skillWhoseStaticInitialiserThrowsStaysStoppedWithTheCause(Vertx vertx,
      VertxTestContext ctx) {
    skillEntry(vertx, "broken", "io.opsdroid.vertx.bot.FailingInitialiserSkill")
        .onComplete(ctx.succeeding(broken -> ctx.verify(() -> {
          assertThat(broken.getString("state")).isEqualTo("failed");
          assertThat(broken.getString("error")).contains("no settings file next to the jar");
          ctx.completeNow();
        })));
  }

  @Test
  void restOfTheBotRunsBesideTheFailedModules(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "chat")
            .compose(chat -> chat.ask("hi"))
            .compose(greeting -> bot.get("/stats", Map.of())
                .map(stats -> stats.json().put("greeting", greeting))))
        .onComplete(ctx.succeeding(stats -> ctx.verify(() -> {
          assertThat(stats.getString("greeting")).matches(GREETING);
          assertThat(stats.getJsonObject("modules").getInteger("connectors")).isEqualTo(1);
          assertThat(stats.getJsonObject("modules").getInteger("skills")).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void patchThatFixesTheBadValueStartsTheConnector(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.patch("connectors", "websocket",
                new JsonObject().put("max-connections", 3), TOKEN)
            .compose(patched -> patched.status() == 200
                ? ChatClient.open(bot, "websocket")
                : Future.failedFuture("PATCH gave " + patched.status() + " " + patched.text()))
            .compose(chat -> chat.ask("hi")))
        .onComplete(ctx.succeeding(greeting -> ctx.verify(() -> {
          assertThat(greeting).matches(GREETING);
          ctx.completeNow();
        })));
  }

  @Test
  void patchWithABadValueIsRefusedAndTheConnectorRunsOnItsOldConfig(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> bot.patch("connectors", "chat",
                new JsonObject().put("max-connections", "lots"), TOKEN)
            .compose(refused -> ChatClient.open(bot, "chat")
                .compose(chat -> chat.ask("hi"))
                .map(greeting -> refused.json().put("greeting", greeting)
                    .put("status", refused.status()))))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.getInteger("status")).isEqualTo(422);
          assertThat(result.getString("error")).contains("'chat'", "'max-connections'");
          assertThat(result.getString("greeting")).matches(GREETING);
          ctx.completeNow();
        })));
  }

  /**
   * Starts the bot with one more skill, {@code name}, whose {@code module:} is
   * {@code className}, and gives that skill's entry in {@code GET /skills}.
   */
  private Future<JsonObject> skillEntry(Vertx vertx, String name, String className) {
    String yaml = YAML + "  " + name + ":\n    module: " + className + "\n";
    return TestBot.start(vertx, dir, yaml)
        .compose(bot -> bot.get("/skills", AUTHORIZED))
        .map(reply -> reply.json().getJsonObject(name));
  }
}
