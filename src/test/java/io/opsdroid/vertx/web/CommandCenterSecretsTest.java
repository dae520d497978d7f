package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJson;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets planted in every section of the configuration, at every depth, each with a value
 * that starts with {@code LEAK}: no reply of the command center may contain that word.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class CommandCenterSecretsTest {

  private static final String TOKEN = "LEAK-command-center-token";
  private static final Map<String, String> AUTH = Map.of("Authorization", TOKEN);

  private static final String BOT = """
      bot-token: LEAK-top-bot-token
      api_key: LEAK-top-api-key
      timezone: UTC
      web:
        base-url: https://bot.example.org
        webhook-token: LEAK-web-webhook-token
        command-center:
          enabled: true
          token: LEAK-command-center-token
          excluded-keys: [launch-code]
      connectors:
        websocket:
          bot-name: mybot
          max-connections: 10
          connection-timeout: 10
          token: LEAK-connector-token
          access_token: LEAK-connector-access-token
          launch-code: LEAK-connector-launch-code
          options:
            password: LEAK-connector-nested-password
            peers:
              - host: peer.example.org
                private_key: LEAK-connector-listed-private-key
      skills:
        hello:
          greeting: hi
          secret: LEAK-skill-secret
          api-key: LEAK-skill-api-key
          credentials:
            user: LEAK-skill-credentials-user
            pass: LEAK-skill-credentials-pass
        examplewebhookskill:
          webhook-token: LEAK-skill-webhook-token
          Client_Secret: LEAK-skill-client-secret
        password-reset:
          module: io.opsdroid.vertx.skill.builtin.HelloSkill
          greeting: reset
          signingKey: LEAK-skill-camel-case-signing-key
      databases:
        memory:
          path: memory.db
          password: LEAK-database-password
          connection:
            access_token: LEAK-database-nested-access-token
            pool: 4
      parsers:
        regex:
          enabled: true
          bot-token: LEAK-parser-bot-token
          launch-code: LEAK-parser-launch-code
          signing:
            - PrivateKey: LEAK-parser-listed-private-key
        crontab:
          enabled: false
          AppKey: LEAK-parser-appkey
      """;

  private static final List<String> LOADER_FIELDS = List.of("name", "module", "type",
      "enabled", "entrypoint", "is_builtin", "module_path", "install_path", "branch");

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
  @ValueSource(strings = {"/connectors", "/skills/", "/databases", "/parsers", "/config",
      "/config/"})
  void getRepliesCarryNoSecret(String path, VertxTestContext ctx) {
    bot.get(path, AUTH).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      assertJson(reply, 200);
      assertThat(reply.text()).doesNotContain("LEAK");
      ctx.completeNow();
    })));
  }

  @Test
  void moduleNamedLikeASecretIsListedEverywhereWithoutItsSecrets(VertxTestContext ctx) {
    Future.all(bot.get("/config", AUTH), bot.get("/skills", AUTH))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          JsonObject inConfig = replies.<Reply>resultAt(0).json().getJsonObject("skills")
              .getJsonObject("password-reset");
          JsonObject inSkills = replies.<Reply>resultAt(1).json()
              .getJsonObject("password-reset");
          assertThat(inConfig.getString("greeting")).isEqualTo("reset");
          assertThat(inSkills.getString("greeting")).isEqualTo("reset");
          assertThat(inConfig.containsKey("signingKey")).isFalse();
          assertThat(inSkills.containsKey("signingKey")).isFalse();
          ctx.completeNow();
        })));
  }

  @Test
  void patchReplyAndLaterReadsCarryNoSecret(VertxTestContext ctx) {
    String patch = """
        {"module_type": "connectors", "module_name": "websocket",
         "config": {"bot-name": "otherbot", "refresh_token": "LEAK-patched-refresh-token",
                    "options": {"api-key": "LEAK-patched-nested-api-key"}}}""";
    bot.request(HttpMethod.PATCH, "/connectors", AUTH, patch)
        .compose(patched -> Future.all(Future.succeededFuture(patched),
            bot.get("/connectors", AUTH), bot.get("/config", AUTH)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          Reply patched = replies.resultAt(0);
          assertJson(patched, 200);
          assertThat(patched.json().getJsonObject("config").getString("bot-name"))
              .isEqualTo("otherbot");
          for (int i = 0; i < 3; i++) {
            assertThat(replies.<Reply>resultAt(i).text()).doesNotContain("LEAK");
          }
          ctx.completeNow();
        })));
  }

  @Test
  void ordinaryKeysOfModulesStay(VertxTestContext ctx) {
    Future.all(bot.get("/connectors", AUTH), bot.get("/skills", AUTH),
            bot.get("/databases", AUTH))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          JsonObject websocket = replies.<Reply>resultAt(0).json().getJsonObject("websocket");
          assertThat(websocket.getString("bot-name")).isEqualTo("mybot");
          assertThat(websocket.getInteger("max-connections")).isEqualTo(10);
          assertThat(websocket.getInteger("connection-timeout")).isEqualTo(10);
          assertThat(websocket.getJsonObject("options").getJsonArray("peers")
              .getJsonObject(0).getString("host")).isEqualTo("peer.example.org");
          JsonObject hello = replies.<Reply>resultAt(1).json().getJsonObject("hello");
          assertThat(hello.getString("greeting")).isEqualTo("hi");
          JsonObject memory = replies.<Reply>resultAt(2).json().getJsonObject("memory");
          assertThat(memory.getString("path")).isEqualTo("memory.db");
          assertThat(memory.getJsonObject("connection").getInteger("pool")).isEqualTo(4);
          ctx.completeNow();
        })));
  }

  @Test
  void configKeepsOrdinaryKeysOfEverySection(VertxTestContext ctx) {
    bot.get("/config", AUTH).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      JsonObject config = reply.json();
      assertThat(config.getString("timezone")).isEqualTo("UTC");
      assertThat(config.getJsonObject("web").getString("base-url"))
          .isEqualTo("https://bot.example.org");
      assertThat(config.getJsonObject("web").getJsonObject("command-center")
          .getBoolean("enabled")).isTrue();
      assertThat(config.getJsonObject("connectors").getJsonObject("websocket")
          .getString("bot-name")).isEqualTo("mybot");
      assertThat(config.getJsonObject("databases").getJsonObject("memory")
          .getString("path")).isEqualTo("memory.db");
      assertThat(config.getJsonObject("parsers").getJsonObject("crontab")
          .getBoolean("enabled")).isFalse();
      ctx.completeNow();
    })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/connectors", "/skills", "/databases", "/parsers"})
  void everyModuleShowsTheLoaderFields(String path, VertxTestContext ctx) {
    bot.get(path, AUTH).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      assertThat(reply.json().fieldNames()).isNotEmpty();
      reply.json().forEach(entry -> {
        JsonObject module = (JsonObject) entry.getValue();
        assertThat(module.fieldNames()).as(entry.getKey()).containsAll(LOADER_FIELDS);
        assertThat(module.getString("name")).isEqualTo(entry.getKey());
      });
      ctx.completeNow();
    })));
  }

  @Test
  void typeFieldNamesEachKindOfModuleAsOpsdroidDoes(VertxTestContext ctx) {
    Future.all(bot.get("/connectors", AUTH), bot.get("/skills", AUTH),
            bot.get("/databases", AUTH), bot.get("/parsers", AUTH))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(typeOf(replies.resultAt(0), "websocket")).isEqualTo("connector");
          assertThat(typeOf(replies.resultAt(1), "hello")).isEqualTo("skill");
          assertThat(typeOf(replies.resultAt(2), "memory")).isEqualTo("database");
          assertThat(typeOf(replies.resultAt(3), "regex")).isEqualTo("parsers");
          ctx.completeNow();
        })));
  }

  @Test
  void builtinModuleNamesItsJavaClass(VertxTestContext ctx) {
    bot.get("/connectors", AUTH).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      JsonObject websocket = reply.json().getJsonObject("websocket");
      assertThat(websocket.getString("module")).isEmpty();
      assertThat(websocket.getBoolean("enabled")).isTrue();
      assertThat(websocket.getBoolean("is_builtin")).isTrue();
      assertThat(websocket.getString("entrypoint")).endsWith(".WebSocketConnector");
      assertThat(websocket.getString("entrypoint"))
          .startsWith(websocket.getString("module_path") + ".");
      assertThat(websocket.getString("install_path")).isNotBlank();
      ctx.completeNow();
    })));
  }

  @Test
  void parserNamesTheBotsMatchingCodeButNoClassOfItsOwn(VertxTestContext ctx) {
    bot.get("/parsers", AUTH).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      JsonObject regex = reply.json().getJsonObject("regex");
      assertThat(regex.getValue("entrypoint")).as("nothing is instantiated").isNull();
      assertThat(regex.getString("module_path")).isEqualTo("io.opsdroid.vertx.skill.match");
      assertThat(regex.getString("install_path")).isNotBlank();
      ctx.completeNow();
    })));
  }

  @Test
  void disabledParserShowsEnabledFalseAndIsStillBuiltin(VertxTestContext ctx) {
    bot.get("/parsers", AUTH).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
      JsonObject crontab = reply.json().getJsonObject("crontab");
      assertThat(crontab.getBoolean("enabled")).isFalse();
      assertThat(crontab.getString("state")).isEqualTo("disabled");
      assertThat(crontab.getBoolean("is_builtin")).isTrue();
      assertThat(reply.json().getJsonObject("regex").getBoolean("enabled")).isTrue();
      ctx.completeNow();
    })));
  }

  private static String typeOf(Reply reply, String module) {
    return reply.json().getJsonObject(module).getString("type");
  }
}
