package io.opsdroid.vertx.registry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes secrets from configuration before it leaves the bot, at any depth.
 *
 * <p>A key is secret when it is on opsdroid's list, on the operator's {@code excluded-keys},
 * or when its name says it holds one: a token, a password, a secret, credentials, or a key
 * ({@code api-key}, {@code private_key}). Names are compared in lower case with {@code _}
 * read as {@code -} and camel case split into words, so {@code API_KEY}, {@code apiKey}
 * and {@code api-key} are the same key.
 *
 * <p>Error messages are another way out: {@link #redact} masks the values of secret keys
 * wherever they appear in a text.
 */
public final class SecretScrubber {

  private static final Set<String> OPSDROID_KEYS = Set.of(
      "loader", "submodule-search-locations", "password", "token", "appkey",
      "consumer-secret", "oauth-token-secret", "client-secret", "verify-token",
      "page-access-token", "webhook-token", "app-token");

  /** Parts of a key name that mark it as secret wherever they stand. */
  private static final List<String> SECRET_WORDS = List.of(
      "token", "password", "passwd", "passphrase", "secret", "credential", "apikey",
      "appkey", "privatekey", "privkey", "accesskey", "authorization", "cookie", "signature");

  /** Where camel case starts a new word: {@code signingKey}, {@code sshKEY}. */
  private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  /** Shorter values would mask ordinary words in a message; no real secret is that short. */
  private static final int SHORTEST_REDACTED = 4;

  private static final String MASK = "***";

  /** Whole words of a key name that mark it as secret: {@code api-key}, {@code ssh-keys}. */
  private static final Set<String> SECRET_PARTS = Set.of("key", "keys", "pass", "pwd", "auth");

  private final Set<String> excludedKeys;

  public SecretScrubber(List<String> excludedKeys) {
    this.excludedKeys = excludedKeys.stream()
        .map(SecretScrubber::normalize)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A copy of {@code config} without its secrets. */
  public JsonObject scrub(JsonObject config) {
    JsonObject result = new JsonObject();
    config.forEach(entry -> {
      if (!isSecret(entry.getKey())) {
        result.put(entry.getKey(), scrubValue(entry.getValue()));
      }
    });
    return result;
  }

  public boolean isSecret(String key) {
    String name = normalize(key);
    if (OPSDROID_KEYS.contains(name) || excludedKeys.contains(name)) {
      return true;
    }
    String joined = name.replace("-", "");
    if (SECRET_WORDS.stream().anyMatch(joined::contains)) {
      return true;
    }
    for (String part : name.split("-")) {
      if (SECRET_PARTS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with every value that {@code config} holds under a secret key, at any
   * depth, replaced by {@code ***}.
   */
  public String redact(String text, JsonObject config) {
    if (text == null) {
      return null;
    }
    List<String> secrets = new ArrayList<>();
    collectSecretValues(config, false, secrets);
    // Longest first, so that a secret that contains another is masked whole.
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }

  private void collectSecretValues(Object value, boolean underSecretKey, List<String> found) {
    if (value instanceof JsonObject object) {
      object.forEach(entry -> collectSecretValues(entry.getValue(),
          underSecretKey || isSecret(entry.getKey()), found));
    } else if (value instanceof JsonArray array) {
      array.forEach(item -> collectSecretValues(item, underSecretKey, found));
    } else if (underSecretKey && value != null) {
      String text = value.toString();
      if (text.length() >= SHORTEST_REDACTED) {
        found.add(text);
      }
    }
  }

  private Object scrubValue(Object value) {
    if (value instanceof JsonObject object) {
      return scrub(object);
    }
    if (value instanceof JsonArray array) {
      JsonArray result = new JsonArray();
      array.forEach(item -> result.add(scrubValue(item)));
      return result;
    }
    return value;
  }

  private static String normalize(String key) {
    return CAMEL_CASE.matcher(key).replaceAll("-").toLowerCase(Locale.ROOT)
        .replace('_', '-').replace('.', '-').replace(' ', '-');
  }
}
