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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class CommandCenterPatchTest {

  private static final String TOKEN = "patch-test-token";
  private static final Map<String, String> AUTH = Map.of("Authorization", TOKEN);
  private static final String HOOK = "/skill/examplewebhookskill/examplewebhook";

  private static final String BOT = """
      web:
        command-center: {enabled: true, token: %s}
      connectors:
        websocket: {bot-name: mybot, max-connections: 10, connection-timeout: 10}
      skills:
        hello: {}
        examplewebhookskill: {}
      databases:
        memory: {path: memory.db}
      parsers:
        regex: {enabled: true}
        crontab: {enabled: false}
      """.formatted(TOKEN);

  /** The module sections the command center shows, read together for comparisons. */
  private static final List<String> SECTIONS = List.of("/connectors", "/skills",
      "/databases", "/parsers", "/config");

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

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        Arguments.of("not JSON", "/skills", "{\"module_type\": ", "JSON"),
        Arguments.of("empty", "/skills", "", "JSON"),
        Arguments.of("JSON then garbage", "/skills",
            patch("skills", "hello", "{\"enabled\": false}") + " trailing", "JSON"),
        Arguments.of("an array", "/skills", "[1, 2]", "object"),
        Arguments.of("a string", "/skills", "\"skills\"", "object"),
        Arguments.of("null", "/skills", "null", "object"),
        Arguments.of("no module_type", "/skills",
            "{\"module_name\": \"hello\", \"config\": {}}", "module_type"),
        Arguments.of("no module_name", "/skills",
            "{\"module_type\": \"skills\", \"config\": {}}", "module_name"),
        Arguments.of("no config", "/skills",
            "{\"module_type\": \"skills\", \"module_name\": \"hello\"}", "config"),
        Arguments.of("numeric module_type", "/skills",
            "{\"module_type\": 5, \"module_name\": \"hello\", \"config\": {}}", "module_type"),
        Arguments.of("numeric module_name", "/skills",
            "{\"module_type\": \"skills\", \"module_name\": 5, \"config\": {}}",
            "module_name"),
        Arguments.of("config a string", "/skills", patch("skills", "hello", "\"off\""),
            "config"),
        Arguments.of("config null", "/skills", patch("skills", "hello", "null"), "config"),
        Arguments.of("enabled a string", "/skills",
            patch("skills", "hello", "{\"enabled\": \"no\"}"), "enabled"),
        Arguments.of("unknown module_type", "/skills", patch("widgets", "hello", "{}"),
            "widgets"),
        Arguments.of("wrong route for parsers", "/databases",
            patch("parsers", "regex", "{\"enabled\": false}"), "parsers"),
        Arguments.of("wrong route for skills", "/connectors",
            patch("skills", "hello", "{\"enabled\": false}"), "skills"),
        Arguments.of("module name with a space", "/skills", patch("skills", "hello world",
            "{\"module\": \"io.opsdroid.vertx.skill.builtin.HelloSkill\"}"), "module_name"),
        Arguments.of("module name with a slash", "/skills", patch("skills", "hello/x",
            "{\"module\": \"io.opsdroid.vertx.skill.builtin.HelloSkill\"}"), "module_name"),
        Arguments.of("config nested 500 deep", "/skills", patch("skills", "hello",
            "{\"a\": ".repeat(500) + "1" + "}".repeat(500)), "deeper than 32 levels"),
        Arguments.of("unknown field", "/skills",
            "{\"module_type\": \"skills\", \"module_name\": \"hello\", \"config\": {},"
                + " \"restart\": true}", "restart"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidBodies")
  void invalidBodyIsBadRequestNamingTheProblemAndChangesNothing(String what, String path,
      String body, String named, VertxTestContext ctx) {
    readAll().compose(before -> bot.request(HttpMethod.PATCH, path, AUTH, body)
            .compose(reply -> readAll().map(after -> {
              ctx.verify(() -> {
                assertJsonError(reply, 400);
                assertThat(reply.json().getString("error")).contains(named);
                assertThat(after).isEqualTo(before);
              });
              return reply;
            })))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void unknownModuleNameIsNotFound(VertxTestContext ctx) {
    patchAt("/skills", patch("skills", "nosuchskill", "{\"enabled\": true}"))
        .compose(reply -> bot.get("/skills", AUTH).map(after -> {
          ctx.verify(() -> {
            assertJsonError(reply, 404);
            assertThat(reply.json().getString("error")).contains("nosuchskill");
            assertThat(after.json().fieldNames()).doesNotContain("nosuchskill");
          });
          return after;
        }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void patchOfDatabasesOnItsOwnRouteIsAccepted(VertxTestContext ctx) {
    patchAt("/databases", patch("databases", "memory", "{\"path\": \"other.db\"}"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json().getJsonObject("config").getString("path"))
              .isEqualTo("other.db");
          ctx.completeNow();
        })));
  }

  @Test
  void unconfiguredModuleWithAnImplementationIsAddedAndStarted(VertxTestContext ctx) {
    patchAt("/skills", patch("skills", "dance", "{}"))
        .compose(added -> Future.all(Future.succeededFuture(added),
            bot.get("/skills", AUTH), bot.get("/stats", Map.of())))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          Reply added = replies.resultAt(0);
          assertJson(added, 200);
          assertThat(added.json().getString("state")).isEqualTo("running");
          assertThat(replies.<Reply>resultAt(1).json().getJsonObject("dance")
              .getString("type")).isEqualTo("skill");
          assertThat(skillCount(replies.resultAt(2))).isEqualTo(3);
          ctx.completeNow();
        })));
  }

  @Test
  void parserIsSwitchedOnThroughItsOwnRoute(VertxTestContext ctx) {
    patchAt("/parsers/", patch("parsers", "crontab", "{\"enabled\": true}"))
        .compose(patched -> bot.get("/parsers", AUTH).map(after -> {
          ctx.verify(() -> {
            assertJson(patched, 200);
            assertThat(patched.json().getString("state")).isEqualTo("running");
            assertThat(after.json().getJsonObject("crontab").getBoolean("enabled")).isTrue();
          });
          return after;
        }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void successfulPatchAnswersNewConfigChangedKeysAndState(VertxTestContext ctx) {
    String change = "{\"bot-name\": \"otherbot\", \"max-connections\": 10, \"token\": \"t\"}";
    patchAt("/connectors/", patch("connectors", "websocket", change))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          JsonObject body = reply.json();
          assertThat(body.getString("module_type")).isEqualTo("connectors");
          assertThat(body.getString("module_name")).isEqualTo("websocket");
          assertThat(body.getString("state")).isEqualTo("running");
          assertThat(body.getJsonArray("changed").getList())
              .containsExactlyInAnyOrder("bot-name", "token");
          JsonObject config = body.getJsonObject("config");
          assertThat(config.getString("bot-name")).isEqualTo("otherbot");
          assertThat(config.getString("type")).isEqualTo("connector");
          assertThat(config.fieldNames()).doesNotContain("token");
          ctx.completeNow();
        })));
  }

  @Test
  void patchIsVisibleInLaterReads(VertxTestContext ctx) {
    patchAt("/connectors", patch("connectors", "websocket", "{\"bot-name\": \"otherbot\"}"))
        .compose(patched -> Future.all(bot.get("/connectors", AUTH), bot.get("/config", AUTH)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          JsonObject listed = replies.<Reply>resultAt(0).json().getJsonObject("websocket");
          JsonObject config = replies.<Reply>resultAt(1).json()
              .getJsonObject("connectors").getJsonObject("websocket");
          assertThat(listed.getString("bot-name")).isEqualTo("otherbot");
          assertThat(config.getString("bot-name")).isEqualTo("otherbot");
          assertThat(listed.getInteger("max-connections")).isEqualTo(10);
          ctx.completeNow();
        })));
  }

  @Test
  void patchSentAsCurlSendsItWithoutJsonContentTypeIsRead(VertxTestContext ctx) {
    Map<String, String> headers = Map.of("Authorization", TOKEN,
        "Content-Type", "application/x-www-form-urlencoded");
    bot.request(HttpMethod.PATCH, "/connectors", headers,
            patch("connectors", "websocket", "{\"bot-name\": \"curlbot\"}"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json().getJsonObject("config").getString("bot-name"))
              .isEqualTo("curlbot");
          ctx.completeNow();
        })));
  }

  @Test
  void longPatchSentWithAFormContentTypeIsReadAsJson(VertxTestContext ctx) {
    String note = "a long note ".repeat(200);
    Map<String, String> headers = Map.of("Authorization", TOKEN,
        "Content-Type", "application/x-www-form-urlencoded");
    bot.request(HttpMethod.PATCH, "/skills", headers,
            patch("skills", "hello", new JsonObject().put("note", note).encode()))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json().getJsonObject("config").getString("note")).isEqualTo(note);
          ctx.completeNow();
        })));
  }

  @Test
  void nullInConfigRemovesTheKey(VertxTestContext ctx) {
    patchAt("/connectors", patch("connectors", "websocket", "{\"max-connections\": null}"))
        .compose(patched -> bot.get("/connectors", AUTH).map(after -> {
          ctx.verify(() -> {
            assertJson(patched, 200);
            assertThat(patched.json().getJsonArray("changed").getList())
                .containsExactly("max-connections");
            JsonObject websocket = after.json().getJsonObject("websocket");
            assertThat(websocket.fieldNames()).doesNotContain("max-connections");
            assertThat(websocket.getString("bot-name")).isEqualTo("mybot");
          });
          return after;
        }))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void disablingASkillStopsItsWebhookAndItsCount(VertxTestContext ctx) {
    patchAt("/skills", enabled("examplewebhookskill", false))
        .compose(patched -> Future.all(Future.succeededFuture(patched), post(HOOK),
            bot.get("/stats", Map.of()), bot.get("/skills", AUTH)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          Reply patched = replies.resultAt(0);
          assertJson(patched, 200);
          assertThat(patched.json().getString("state")).isEqualTo("disabled");
          assertJsonError(replies.resultAt(1), 503);
          assertThat(skillCount(replies.resultAt(2))).isEqualTo(1);
          JsonObject skill = replies.<Reply>resultAt(3).json()
              .getJsonObject("examplewebhookskill");
          assertThat(skill.getBoolean("enabled")).isFalse();
          ctx.completeNow();
        })));
  }

  @Test
  void enablingTheSkillAgainBringsBackItsWebhookAndItsCount(VertxTestContext ctx) {
    patchAt("/skills", enabled("examplewebhookskill", false))
        .compose(off -> patchAt("/skills", enabled("examplewebhookskill", true)))
        .compose(on -> Future.all(Future.succeededFuture(on), post(HOOK),
            bot.get("/stats", Map.of())))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          Reply on = replies.resultAt(0);
          assertJson(on, 200);
          assertThat(on.json().getString("state")).isEqualTo("running");
          Reply called = replies.resultAt(1);
          assertJson(called, 200);
          assertThat(called.json().getString("called_skill")).isEqualTo("examplewebhookskill");
          assertThat(skillCount(replies.resultAt(2))).isEqualTo(2);
          ctx.completeNow();
        })));
  }

  @Test
  void disablingOneSkillLeavesTheOthersRunning(VertxTestContext ctx) {
    patchAt("/skills", enabled("hello", false))
        .compose(off -> Future.all(Future.succeededFuture(off), post(HOOK),
            bot.get("/stats", Map.of())))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          Reply off = replies.resultAt(0);
          assertJson(off, 200);
          assertThat(off.json().getString("state")).isEqualTo("disabled");
          assertJson(replies.resultAt(1), 200);
          assertThat(skillCount(replies.resultAt(2))).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  private Future<Reply> patchAt(String path, String body) {
    return bot.request(HttpMethod.PATCH, path, AUTH, body);
  }

  private Future<Reply> post(String path) {
    return bot.request(HttpMethod.POST, path, Map.of(), "{}");
  }

  /** Every command-center view, as JSON, to show that a refused change changed nothing. */
  private Future<List<JsonObject>> readAll() {
    List<Future<Reply>> reads = SECTIONS.stream().map(path -> bot.get(path, AUTH)).toList();
    return Future.all(reads).map(all -> reads.stream()
        .map(read -> read.result().json())
        .toList());
  }

  private static long skillCount(Reply stats) {
    return stats.json().getJsonObject("modules").getLong("skills");
  }

  private static String enabled(String skill, boolean on) {
    return patch("skills", skill, "{\"enabled\": " + on + "}");
  }

  private static String patch(String type, String name, String config) {
    return "{\"module_type\": \"" + type + "\", \"module_name\": \"" + name
        + "\", \"config\": " + config + "}";
  }
}
