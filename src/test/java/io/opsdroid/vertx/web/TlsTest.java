package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.config.ConfigException;
import io.opsdroid.vertx.testing.TestBot;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a PEM certificate and key made for each test by {@code openssl}. */
@ExtendWith(VertxExtension.class)
class TlsTest {

  private static final String TLS_BOT = """
      web:
        ssl: {cert: "%s", key: "%s"}
      connectors:
        websocket: {}
      """;

  @TempDir
  Path folder;

  private Path cert;
  private Path key;
  /** Held here: a client nothing refers to may be cleaned up in the middle of a request. */
  private HttpClient https;

  @BeforeEach
  void makeCertificate() throws IOException, InterruptedException {
    cert = folder.resolve("cert.pem");
    key = folder.resolve("key.pem");
    Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048",
        "-nodes", "-subj", "/CN=localhost", "-days", "1",
        "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout", key.toString(), "-out", cert.toString())
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("openssl.log").toFile())
        .start();
    if (!openssl.waitFor(60, TimeUnit.SECONDS)) {
      openssl.destroyForcibly();
      throw new AssertionError("openssl did not make a certificate within 60 s");
    }
    assertThat(openssl.exitValue()).as("openssl exit code").isZero();
  }

  @Test
  void httpsServesTheApiWithTheConfiguredCertificate(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, tlsBot(cert, key))
        .compose(bot -> get(httpsClient(vertx, bot.port()), "/"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertJson(reply, 200);
          assertThat(reply.json().getString("message")).isEqualTo("Welcome to the opsdroid API");
          ctx.completeNow();
        })));
  }

  @Test
  void plainHttpOnTheTlsPortGetsNoApiReply(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, folder, tlsBot(cert, key))
        .onComplete(ctx.succeeding(bot -> bot.get("/", java.util.Map.of())
            .onComplete(plain -> ctx.verify(() -> {
              // The TLS server may drop the plain request or answer it with an error.
              if (plain.succeeded()) {
                assertThat(plain.result().status()).isNotEqualTo(200);
              }
              ctx.completeNow();
            }))));
  }

  @Test
  void missingCertificateStopsStartupNamingTheFile(Vertx vertx, VertxTestContext ctx) {
    Path missing = folder.resolve("no-such-cert.pem");
    TestBot.start(vertx, folder, tlsBot(missing, key))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(ConfigException.class);
          assertThat(failure.getMessage()).contains(missing.toString()).doesNotContain("\n");
          ctx.completeNow();
        })));
  }

  @Test
  void missingKeyStopsStartupNamingTheFile(Vertx vertx, VertxTestContext ctx) {
    Path missing = folder.resolve("no-such-key.pem");
    TestBot.start(vertx, folder, tlsBot(cert, missing))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(ConfigException.class);
          assertThat(failure.getMessage()).contains(missing.toString());
          ctx.completeNow();
        })));
  }

  @Test
  void certificateThatIsNotPemStopsStartupNamingTheFile(Vertx vertx, VertxTestContext ctx)
      throws IOException {
    Path garbage = Files.writeString(folder.resolve("garbage.pem"), "not a certificate\n");
    TestBot.start(vertx, folder, tlsBot(garbage, key))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(ConfigException.class);
          assertThat(failure.getMessage()).contains(garbage.toString());
          ctx.completeNow();
        })));
  }

  private static String tlsBot(Path cert, Path key) {
    return TLS_BOT.formatted(cert, key);
  }

  private HttpClient httpsClient(Vertx vertx, int port) {
    https = vertx.createHttpClient(new HttpClientOptions()
        .setSsl(true)
        .setTrustOptions(new PemTrustOptions().addCertPath(cert.toString()))
        .setDefaultHost("127.0.0.1")
        .setDefaultPort(port));
    return https;
  }

  private static Future<Reply> get(HttpClient client, String path) {
    return client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(path))
        .compose(request -> request.send())
        .compose(response -> response.body().map(body -> new Reply(response, body)));
  }
}
