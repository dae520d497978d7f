package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.config.ConfigException;
import io.opsdroid.vertx.testing.StopTestBots;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a PEM certificate and key made for each test. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class TlsTest {

  private static final String TLS_BOT = """
      web:
        ssl: {cert: "%s", key: "%s"}
      connectors:
        websocket: {}
      """;

  private static final String STORE_PASSWORD = "test-only";

  @TempDir
  Path folder;

  private Path cert;
  private Path key;
  /** Held here: a client nothing refers to may be cleaned up in the middle of a request. */
  private HttpClient https;

  /**
   * Makes a self-signed certificate with the JDK's own keytool, so that the test needs
   * nothing beyond Java, and writes it and its key as PEM, the form the bot reads.
   */
  @BeforeEach
  void makeCertificate() throws Exception {
    Path keyStore = folder.resolve("bot.p12");
    runKeytool("-genkeypair", "-alias", "bot", "-keyalg", "RSA", "-keysize", "2048",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "1",
        "-storetype", "PKCS12", "-keystore", keyStore.toString(),
        "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, STORE_PASSWORD.toCharArray());
    }

    cert = writePem("cert.pem", "CERTIFICATE", store.getCertificate("bot").getEncoded());
    // A PKCS#8 private key, which is what "BEGIN PRIVATE KEY" holds.
    key = writePem("key.pem", "PRIVATE KEY",
        store.getKey("bot", STORE_PASSWORD.toCharArray()).getEncoded());
  }

  private void runKeytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Process keytool = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("keytool.log").toFile())
        .start();
    if (!keytool.waitFor(60, TimeUnit.SECONDS)) {
      keytool.destroyForcibly();
      throw new AssertionError("keytool did not make a certificate within 60 s");
    }
    assertThat(keytool.exitValue()).as("keytool exit code").isZero();
  }

  private Path writePem(String file, String label, byte[] der) throws IOException {
    String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return Files.writeString(folder.resolve(file),
        "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n");
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
        .compose(request -> TestBot.readReply(request, null));
  }
}
