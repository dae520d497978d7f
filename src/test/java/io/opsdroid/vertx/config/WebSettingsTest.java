package io.opsdroid.vertx.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
class WebSettingsTest {

  @TempDir
  Path folder;

  @Test
  void sslWithoutPortListensOn8443(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web: {ssl: {cert: cert.pem, key: key.pem}}
        connectors: {websocket: {}}
        """;
    TestBot.load(vertx, folder, yaml, Map.of()).onComplete(ctx.succeeding(config ->
        ctx.verify(() -> {
          assertThat(config.web().ssl()).isTrue();
          assertThat(config.web().port()).isEqualTo(8443);
          assertThat(config.web().sslCert()).isEqualTo("cert.pem");
          assertThat(config.web().sslKey()).isEqualTo("key.pem");
          ctx.completeNow();
        })));
  }

  @Test
  void sslWithPortKeepsThePort(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web: {port: 9443, ssl: {cert: cert.pem, key: key.pem}}
        connectors: {websocket: {}}
        """;
    TestBot.load(vertx, folder, yaml, Map.of()).onComplete(ctx.succeeding(config ->
        ctx.verify(() -> {
          assertThat(config.web().port()).isEqualTo(9443);
          ctx.completeNow();
        })));
  }

  @Test
  void absentWebSectionGivesOpsdroidDefaults(Vertx vertx, VertxTestContext ctx) {
    TestBot.load(vertx, folder, "connectors: {websocket: {}}\n", Map.of())
        .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
          WebSettings web = config.web();
          assertThat(web.host()).isEqualTo("0.0.0.0");
          assertThat(web.port()).isEqualTo(8080);
          assertThat(web.ssl()).isFalse();
          assertThat(web.indexEnabled()).isTrue();
          assertThat(web.bodyLimit()).isEqualTo(1024 * 1024);
          assertThat(web.cors().enabled()).isFalse();
          assertThat(web.commandCenter().enabled()).isFalse();
          assertThat(web.webhookToken()).isNull();
          assertThat(web.webhookTimeoutMillis()).as("30 s").isEqualTo(30_000);
          ctx.completeNow();
        })));
  }

  @Test
  void everySettingOfTheWebSectionIsRead(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web:
          host: 127.0.0.1
          port: 8181
          base-url: https://bot.example.org
          webhook-token: hook-token
          body-limit: 100
          webhook-timeout: 5
          instances: 3
          disable_web_index_handler_in_root: true
          cors: {allow-all: false, origins: [http://a.example], allow-headers: [X-Token]}
          command-center: {enabled: true, token: cc-token, excluded-keys: [launch-code]}
        connectors: {websocket: {}}
        """;
    TestBot.load(vertx, folder, yaml, Map.of()).onComplete(ctx.succeeding(config ->
        ctx.verify(() -> {
          WebSettings web = config.web();
          assertThat(web.host()).isEqualTo("127.0.0.1");
          assertThat(web.port()).isEqualTo(8181);
          assertThat(web.baseUrl()).isEqualTo("https://bot.example.org");
          assertThat(web.webhookToken()).isEqualTo("hook-token");
          assertThat(web.bodyLimit()).isEqualTo(100);
          assertThat(web.webhookTimeoutMillis()).isEqualTo(5000);
          assertThat(web.instances()).isEqualTo(3);
          assertThat(web.indexEnabled()).isFalse();
          assertThat(web.cors()).isEqualTo(new CorsSettings(false,
              List.of("http://a.example"), List.of("X-Token")));
          assertThat(web.commandCenter()).isEqualTo(new CommandCenterSettings(true,
              "cc-token", List.of("launch-code")));
          ctx.completeNow();
        })));
  }

  @Test
  void settingsSurviveTheTripThroughTheDeploymentConfig(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web:
          ssl: {cert: cert.pem, key: key.pem}
          cors: {origins: [http://a.example]}
          command-center: {enabled: true, token: cc-token}
        connectors: {websocket: {}}
        """;
    TestBot.load(vertx, folder, yaml, Map.of()).onComplete(ctx.succeeding(config ->
        ctx.verify(() -> {
          assertThat(WebSettings.fromJson(config.web().toJson())).isEqualTo(config.web());
          ctx.completeNow();
        })));
  }

  @Test
  void textOfTheSettingsShowsNoToken(Vertx vertx, VertxTestContext ctx) {
    String yaml = """
        web:
          webhook-token: hook-secret-value
          command-center: {enabled: true, token: cc-secret-value}
        connectors: {websocket: {}}
        """;
    TestBot.load(vertx, folder, yaml, Map.of()).onComplete(ctx.succeeding(config ->
        ctx.verify(() -> {
          assertThat(config.web().toString()).doesNotContain("secret-value");
          assertThat(config.web().commandCenter().toString()).doesNotContain("secret-value");
          ctx.completeNow();
        })));
  }
}
