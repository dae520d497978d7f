package io.opsdroid.vertx.config;

import io.opsdroid.vertx.api.ModuleType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks that a configuration has opsdroid's shape, and reads the {@code web} section.
 * A problem is an {@link IllegalArgumentException} naming the key.
 */
final class ConfigShape {

  static final int DEFAULT_PORT = 8080;
  static final int DEFAULT_SSL_PORT = 8443;
  static final long DEFAULT_BODY_LIMIT = 1024 * 1024;
  static final long DEFAULT_WEBHOOK_TIMEOUT_SECONDS = 30;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,18}");

  /** What a browser sends in {@code Origin}: a scheme, a host and perhaps a port. */
  private static final Pattern ORIGIN = Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s]+");

  private final String source;
  private final JsonObject json;

  ConfigShape(String source, JsonObject json) {
    this.source = source;
    this.json = json;
  }

  BotConfig check() {
    if (!json.containsKey(ModuleType.CONNECTORS.section())) {
      throw new IllegalArgumentException("'connectors' section is missing");
    }
    JsonObject normalized = json.copy();
    for (ModuleType type : ModuleType.values()) {
      normalized.put(type.section(), moduleSection(type.section()));
    }
    optionalObject(json, "logging", "logging");
    checkTimezone();
    return new BotConfig(source, normalized, web());
  }

  private JsonObject moduleSection(String section) {
    Object value = json.getValue(section);
    if (value == null) {
      return new JsonObject();
    }
    if (!(value instanceof JsonObject modules)) {
      throw new IllegalArgumentException(
          "'" + section + "' must be a mapping of module names to their settings");
    }
    JsonObject result = new JsonObject();
    modules.forEach(entry -> result.put(entry.getKey(), moduleEntry(section, entry.getKey(),
        entry.getValue())));
    return result;
  }

  private static JsonObject moduleEntry(String section, String name, Object value) {
    if (!ModuleNames.isValid(name)) {
      throw new IllegalArgumentException("'" + section + "." + name
          + "' is not a valid module name (" + ModuleNames.RULE + ")");
    }
    if (value == null) {
      return new JsonObject();
    }
    if (!(value instanceof JsonObject settings)) {
      throw new IllegalArgumentException("'" + section + "." + name + "' must be a mapping");
    }
    Object enabled = settings.getValue("enabled");
    if (enabled != null && !(enabled instanceof Boolean)) {
      throw new IllegalArgumentException(
          "'" + section + "." + name + ".enabled' must be true or false");
    }
    return settings;
  }

  private void checkTimezone() {
    String zone = optionalString(json, "timezone", "timezone");
    if (zone == null) {
      return;
    }
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'timezone' is not a known time zone: " + zone);
    }
  }

  private WebSettings web() {
    JsonObject web = optionalObject(json, "web", "web");
    JsonObject ssl = optionalObject(web, "ssl", "web.ssl");
    boolean hasSsl = web.getValue("ssl") != null;
    String cert = hasSsl ? requiredString(ssl, "cert", "web.ssl.cert") : null;
    String key = hasSsl ? requiredString(ssl, "key", "web.ssl.key") : null;
    int port = (int) optionalLong(web, "port", "web.port", 0, 65535,
        hasSsl ? DEFAULT_SSL_PORT : DEFAULT_PORT);
    return new WebSettings(
        defaultString(optionalString(web, "host", "web.host"), "0.0.0.0"),
        port,
        cert,
        key,
        baseUrl(web),
        optionalString(web, "webhook-token", "web.webhook-token"),
        optionalLong(web, "body-limit", "web.body-limit", 1, Integer.MAX_VALUE,
            DEFAULT_BODY_LIMIT),
        1000 * optionalLong(web, "webhook-timeout", "web.webhook-timeout", 1, 3600,
            DEFAULT_WEBHOOK_TIMEOUT_SECONDS),
        (int) optionalLong(web, "instances", "web.instances", 1, 256,
            Runtime.getRuntime().availableProcessors()),
        !optionalBoolean(web, "disable_web_index_handler_in_root",
            "web.disable_web_index_handler_in_root", false),
        cors(optionalObject(web, "cors", "web.cors")),
        commandCenter(optionalObject(web, "command-center", "web.command-center")));
  }

  private static CorsSettings cors(JsonObject cors) {
    return new CorsSettings(
        optionalBoolean(cors, "allow-all", "web.cors.allow-all", false),
        origins(stringList(cors, "origins", "web.cors.origins")),
        stringList(cors, "allow-headers", "web.cors.allow-headers"));
  }

  private static List<String> origins(List<String> origins) {
    for (String origin : origins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException("'web.cors.origins' holds '" + origin
            + "', which is not an origin such as http://localhost:3000");
      }
    }
    return origins;
  }

  private static CommandCenterSettings commandCenter(JsonObject center) {
    boolean enabled = optionalBoolean(center, "enabled", "web.command-center.enabled", false);
    String token = optionalString(center, "token", "web.command-center.token");
    if (enabled && (token == null || token.isBlank())) {
      throw new IllegalArgumentException(
          "'web.command-center.token' is required when the command center is enabled");
    }
    return new CommandCenterSettings(enabled, token,
        stringList(center, "excluded-keys", "web.command-center.excluded-keys"));
  }

  private static JsonObject optionalObject(JsonObject parent, String key, String path) {
    Object value = parent.getValue(key);
    if (value == null) {
      return new JsonObject();
    }
    if (!(value instanceof JsonObject object)) {
      throw new IllegalArgumentException("'" + path + "' must be a mapping");
    }
    return object;
  }

  /** The bot's public address, for links it gives out: an absolute http or https URL. */
  private static String baseUrl(JsonObject web) {
    String value = optionalString(web, "base-url", "web.base-url");
    if (value == null) {
      return null;
    }
    try {
      URI url = new URI(value);
      if (url.getHost() != null && ("http".equalsIgnoreCase(url.getScheme())
          || "https".equalsIgnoreCase(url.getScheme()))) {
        return value;
      }
    } catch (URISyntaxException e) {
      // Told below, as any other value that is not such a URL.
    }
    throw new IllegalArgumentException("'web.base-url' must be an http or https URL, such as"
        + " https://bot.example.org: " + value);
  }

  private static String optionalString(JsonObject parent, String key, String path) {
    Object value = parent.getValue(key);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonObject || value instanceof JsonArray) {
      throw new IllegalArgumentException("'" + path + "' must be a string");
    }
    return value.toString();
  }

  private static String requiredString(JsonObject parent, String key, String path) {
    String value = optionalString(parent, key, path);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + path + "' is required");
    }
    return value;
  }

  private static String defaultString(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static long optionalLong(JsonObject parent, String key, String path, long min,
      long max, long fallback) {
    Object value = parent.getValue(key);
    if (value == null) {
      return fallback;
    }
    Long number = wholeNumber(value);
    if (number == null) {
      throw new IllegalArgumentException("'" + path + "' must be a whole number");
    }
    if (number < min || number > max) {
      throw new IllegalArgumentException(
          "'" + path + "' must be between " + min + " and " + max);
    }
    return number;
  }

  /**
   * A whole number, or {@code null}. Digits in a string count, since a value taken from the
   * environment ({@code port: $PORT}) is always a string.
   */
  private static Long wholeNumber(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue() == number.longValue() ? number.longValue() : null;
    }
    if (value instanceof String text && WHOLE_NUMBER.matcher(text.strip()).matches()) {
      return Long.parseLong(text.strip());
    }
    return null;
  }

  private static boolean optionalBoolean(JsonObject parent, String key, String path,
      boolean fallback) {
    Object value = parent.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean bool)) {
      throw new IllegalArgumentException("'" + path + "' must be true or false");
    }
    return bool;
  }

  private static List<String> stringList(JsonObject parent, String key, String path) {
    Object value = parent.getValue(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new IllegalArgumentException("'" + path + "' must be a list of strings");
    }
    List<String> result = new ArrayList<>();
    for (Object item : array) {
      if (!(item instanceof String text)) {
        throw new IllegalArgumentException("'" + path + "' must be a list of strings");
      }
      result.add(text);
    }
    return List.copyOf(result);
  }
}
