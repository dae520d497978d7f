package io.opsdroid.vertx.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(VertxExtension.class)
class ConfigLoaderTest {

  @TempDir
  Path folder;

  @Test
  void missingFileFailsNamingIt(Vertx vertx, VertxTestContext ctx) {
    String missing = folder.resolve("nowhere.yaml").toString();
    new ConfigLoader(vertx, Map.of()).load(missing)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertOneLineNaming(failure, missing, "not found");
          ctx.completeNow();
        })));
  }

  static Stream<Arguments> unusableFiles() {
    return Stream.of(
        Arguments.of("not YAML", "connectors: [websocket\nskills: {: :\n", "YAML"),
        Arguments.of("tab indentation", "connectors:\n\twebsocket: {}\n", "YAML"),
        Arguments.of("a list", "- connectors\n- skills\n", "YAML"),
        Arguments.of("a scalar", "just some words\n", "YAML"),
        Arguments.of("empty", "", "connectors"),
        Arguments.of("no connectors", "skills: {hello: {}}\n", "connectors"),
        Arguments.of("skills a number", "connectors: {websocket: {}}\nskills: 5\n", "skills"),
        Arguments.of("module a list", "connectors: {websocket: [1, 2]}\n",
            "connectors.websocket"),
        Arguments.of("enabled a string", "connectors: {websocket: {enabled: maybe}}\n",
            "enabled"),
        Arguments.of("port not a number", "web: {port: \"x\"}\nconnectors: {websocket: {}}\n",
            "web.port"),
        Arguments.of("port out of range", "web: {port: 70000}\nconnectors: {websocket: {}}\n",
            "web.port"),
        Arguments.of("web a list", "web: [1]\nconnectors: {websocket: {}}\n", "web"),
        Arguments.of("ssl without key",
            "web: {ssl: {cert: c.pem}}\nconnectors: {websocket: {}}\n", "web.ssl.key"),
        Arguments.of("origins not a list",
            "web: {cors: {origins: 5}}\nconnectors: {websocket: {}}\n", "web.cors.origins"),
        Arguments.of("origin without scheme",
            "web: {cors: {origins: [\"localhost:3000\"]}}\nconnectors: {websocket: {}}\n",
            "web.cors.origins"),
        Arguments.of("base-url without scheme",
            "web: {base-url: bot.example.org}\nconnectors: {websocket: {}}\n", "web.base-url"),
        Arguments.of("command center without token",
            "web: {command-center: {enabled: true}}\nconnectors: {websocket: {}}\n",
            "web.command-center.token"),
        Arguments.of("command center with a blank token",
            "web: {command-center: {enabled: true, token: \" \"}}\n"
                + "connectors: {websocket: {}}\n", "web.command-center.token"),
        Arguments.of("unknown time zone", "timezone: Mars/Olympus\nconnectors: {a: {}}\n",
            "timezone"),
        Arguments.of("module name with a slash", "connectors: {\"web/socket\": {}}\n",
            "web/socket"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableFiles")
  void unusableConfigurationFailsWithOneLineNamingFileAndProblem(String what, String yaml,
      String problem, Vertx vertx, VertxTestContext ctx) {
    Path file = TestBot.write(folder, yaml);
    new ConfigLoader(vertx, Map.of()).load(file.toString())
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertOneLineNaming(failure, file.toString(), problem);
          ctx.completeNow();
        })));
  }

  @Test
  void wholeValueVariableIsReplaced(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        connectors:
          websocket: {bot-name: $BOT_NAME}
        """;
    load(vertx, yaml, Map.of("BOT_NAME", "envbot"))
        .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
          assertThat(module(config, ModuleType.CONNECTORS, "websocket").getString("bot-name"))
              .isEqualTo("envbot");
          ctx.completeNow();
        })));
  }

  @Test
  void bracedVariableIsReplacedInsideALongerValue(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web:
          base-url: https://${HOST_NAME}:${PORT_NUMBER}/bot
        connectors:
          websocket: {bot-name: "${BOT_NAME}"}
        """;
    Map<String, String> environment = Map.of("HOST_NAME", "bot.example.org",
        "PORT_NUMBER", "8443", "BOT_NAME", "braced");
    load(vertx, yaml, environment).onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      assertThat(config.web().baseUrl()).isEqualTo("https://bot.example.org:8443/bot");
      assertThat(module(config, ModuleType.CONNECTORS, "websocket").getString("bot-name"))
          .isEqualTo("braced");
      ctx.completeNow();
    })));
  }

  @Test
  void variablesAreReplacedInNestedMappingsAndLists(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web:
          command-center: {enabled: true, token: $CC_TOKEN}
        connectors:
          websocket:
            peers: [{host: $PEER}, "${PEER}:80"]
        """;
    Map<String, String> environment = Map.of("CC_TOKEN", "from-env", "PEER", "peer.local");
    load(vertx, yaml, environment).onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      assertThat(config.web().commandCenter().token()).isEqualTo("from-env");
      JsonArray peers = module(config, ModuleType.CONNECTORS, "websocket")
          .getJsonArray("peers");
      assertThat(peers.getJsonObject(0).getString("host")).isEqualTo("peer.local");
      assertThat(peers.getString(1)).isEqualTo("peer.local:80");
      ctx.completeNow();
    })));
  }

  @Test
  void portFromTheEnvironmentIsANumber(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web: {port: $PORT}
        connectors: {websocket: {}}
        """;
    load(vertx, yaml, Map.of("PORT", "8181")).onComplete(ctx.succeeding(config ->
        ctx.verify(() -> {
          assertThat(config.web().port()).isEqualTo(8181);
          ctx.completeNow();
        })));
  }

  @Test
  void dollarThatNamesNoVariableStaysAsWritten(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        connectors:
          websocket: {price: "$5", lower: $name, text: "costs $ 5"}
        """;
    load(vertx, yaml, Map.of()).onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      JsonObject websocket = module(config, ModuleType.CONNECTORS, "websocket");
      assertThat(websocket.getString("price")).isEqualTo("$5");
      assertThat(websocket.getString("lower")).isEqualTo("$name");
      assertThat(websocket.getString("text")).isEqualTo("costs $ 5");
      ctx.completeNow();
    })));
  }

  @Test
  void unsetVariableFailsNamingFileKeyAndVariable(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web:
          command-center: {enabled: true, token: $NOT_SET_ANYWHERE}
        connectors: {websocket: {}}
        """;
    Path file = TestBot.write(folder, yaml);
    new ConfigLoader(vertx, Map.of()).load(file.toString())
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertOneLineNaming(failure, file.toString(), "NOT_SET_ANYWHERE");
          assertThat(failure.getMessage()).contains("web.command-center.token");
          ctx.completeNow();
        })));
  }

  @Test
  void unsetBracedVariableFails(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        connectors: {websocket: {bot-name: "bot-${NOT_SET_EITHER}"}}
        """;
    Path file = TestBot.write(folder, yaml);
    new ConfigLoader(vertx, Map.of()).load(file.toString())
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertOneLineNaming(failure, file.toString(), "NOT_SET_EITHER");
          ctx.completeNow();
        })));
  }

  @Test
  void emptyModuleEntriesAndAbsentSectionsBecomeEmptyMappings(Vertx vertx,
      VertxTestContext ctx) {
    String yaml = """
        connectors:
          websocket:
        skills:
          hello:
        """;
    load(vertx, yaml, Map.of()).onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      assertThat(module(config, ModuleType.CONNECTORS, "websocket")).isEqualTo(new JsonObject());
      assertThat(module(config, ModuleType.SKILLS, "hello")).isEqualTo(new JsonObject());
      assertThat(config.modules(ModuleType.DATABASES)).isEqualTo(new JsonObject());
      assertThat(config.modules(ModuleType.PARSERS)).isEqualTo(new JsonObject());
      ctx.completeNow();
    })));
  }

  @Test
  void defaultConfigurationOfTheProjectLoads(Vertx vertx, VertxTestContext ctx) {
    new ConfigLoader(vertx, Map.of()).load("conf/configuration.yaml")
        .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
          assertThat(config.web().commandCenter().enabled()).isTrue();
          assertThat(config.modules(ModuleType.SKILLS).fieldNames())
              .contains("examplewebhookskill");
          ctx.completeNow();
        })));
  }

  private Future<BotConfig> load(Vertx vertx, String yaml, Map<String, String> environment) {
    return TestBot.load(vertx, folder, yaml, environment);
  }

  private static JsonObject module(BotConfig config, ModuleType type, String name) {
    return config.modules(type).getJsonObject(name);
  }

  private static void assertOneLineNaming(Throwable failure, String file, String problem) {
    assertThat(failure).isInstanceOf(ConfigException.class);
    assertThat(failure.getMessage())
        .startsWith(file)
        .contains(problem)
        .doesNotContain("\n", "\r");
  }
}
