package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets leave no reply: named like secrets, on opsdroid's list, or excluded by the operator. */
class SecretScrubberTest {

  private final SecretScrubber scrubber = new SecretScrubber(List.of("my-special", "Room_Pin"));

  @ParameterizedTest
  @ValueSource(strings = {
      "token", "password", "appkey", "consumer_secret", "oauth_token_secret", "client-secret",
      "verify-token", "page-access-token", "webhook-token", "app-token", "loader",
      "submodule_search_locations", "bot-token", "access_token", "secret", "api-key",
      "API_KEY", "apiKey", "private_key", "credentials", "aws-access-key-id", "ssh-keys",
      "db.password", "Authorization", "my-special", "MY_SPECIAL", "room-pin", "signingKey",
      "sshKey", "encryptionKey", "sessionKey", "privkey", "passphrase", "ssh_passphrase",
      "clientSecret", "botToken"})
  void keyNamedLikeASecretIsRemoved(String key) {
    JsonObject config = new JsonObject().put(key, "planted").put("path", "kept");

    assertThat(scrubber.scrub(config)).isEqualTo(new JsonObject().put("path", "kept"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "bot-name", "max-connections", "connection-timeout", "path", "table", "name", "module",
      "enabled", "author", "keyboard", "monkey", "compass", "bypass-cache", "room", "botName",
      "maxConnections"})
  void ordinaryKeyIsKept(String key) {
    JsonObject config = new JsonObject().put(key, "kept");

    assertThat(scrubber.scrub(config)).isEqualTo(config);
  }

  @Test
  void secretsAreRemovedAtAnyDepthAndInsideLists() {
    JsonObject config = new JsonObject("""
        {"connectors": {"slack": {"bot-name": "b", "bot-token": "planted",
          "rooms": [{"name": "ops", "password": "planted"}, "general", [{"token": "planted"}]],
          "credentials": {"user": "planted"}}}}
        """);

    JsonObject scrubbed = scrubber.scrub(config);

    assertThat(scrubbed).isEqualTo(new JsonObject("""
        {"connectors": {"slack": {"bot-name": "b",
          "rooms": [{"name": "ops"}, "general", [{}]]}}}
        """));
    assertThat(scrubbed.encode()).doesNotContain("planted");
  }

  @Test
  void excludedKeysAreRemovedAtAnyDepth() {
    JsonObject config = new JsonObject()
        .put("skills", new JsonObject().put("door", new JsonObject()
            .put("room_pin", 1234)
            .put("floors", new JsonArray().add(new JsonObject().put("My-Special", "x")))));

    assertThat(scrubber.scrub(config)).isEqualTo(new JsonObject()
        .put("skills", new JsonObject().put("door", new JsonObject()
            .put("floors", new JsonArray().add(new JsonObject())))));
  }

  @Test
  void scrubbingLeavesTheConfigUnchanged() {
    JsonObject config = new JsonObject()
        .put("nested", new JsonObject().put("token", "planted").put("keep", 1))
        .put("list", new JsonArray().add(new JsonObject().put("password", "planted")));
    JsonObject before = config.copy();

    scrubber.scrub(config);

    assertThat(config).isEqualTo(before);
  }

  @Test
  void redactMasksSecretValuesWhereverTheyStandInAText() {
    JsonObject config = new JsonObject()
        .put("url", "https://hooks.example.org")
        .put("auth", new JsonObject().put("bearer-token", "s3cr3t-value").put("user", "bob"))
        .put("keys", new JsonArray().add("first-key-value"))
        .put("pin", "42");

    String redacted = scrubber.redact("POST https://hooks.example.org with s3cr3t-value as bob"
        + " and first-key-value failed", config);

    assertThat(redacted).isEqualTo("POST https://hooks.example.org with *** as bob"
        + " and *** failed");
  }

  @Test
  void redactKeepsATextWithoutSecretsAsItIs() {
    JsonObject config = new JsonObject().put("token", "abc").put("path", "/var/db");

    assertThat(scrubber.redact("cannot open /var/db: abc is too short to be a secret", config))
        .isEqualTo("cannot open /var/db: abc is too short to be a secret");
    assertThat(scrubber.redact(null, config)).isNull();
  }
}
