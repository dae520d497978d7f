package io.opsdroid.vertx.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code $NAME} and {@code ${NAME}} in configuration values with environment
 * variables, so that secrets stay out of the file.
 *
 * <p>A whole value written {@code $NAME} is replaced; {@code ${NAME}} is also replaced inside
 * a longer string. Names are upper case, as in opsdroid. A variable that is not set is an
 * error rather than a silent empty string, which would, say, turn a token check off.
 */
final class EnvironmentSubstitution {

  private static final Pattern WHOLE = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)");
  private static final Pattern BRACED = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");

  private final Map<String, String> environment;

  EnvironmentSubstitution(Map<String, String> environment) {
    this.environment = environment;
  }

  /** A copy of {@code config} with every variable replaced. */
  JsonObject apply(JsonObject config) {
    return substituteObject(config, "");
  }

  private JsonObject substituteObject(JsonObject object, String path) {
    JsonObject result = new JsonObject();
    object.forEach(entry -> {
      String key = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
      result.put(entry.getKey(), substitute(entry.getValue(), key));
    });
    return result;
  }

  private JsonArray substituteArray(JsonArray array, String path) {
    JsonArray result = new JsonArray();
    for (int i = 0; i < array.size(); i++) {
      result.add(substitute(array.getValue(i), path + "[" + i + "]"));
    }
    return result;
  }

  private Object substitute(Object value, String path) {
    if (value instanceof JsonObject object) {
      return substituteObject(object, path);
    }
    if (value instanceof JsonArray array) {
      return substituteArray(array, path);
    }
    if (value instanceof String text) {
      return substituteString(text, path);
    }
    return value;
  }

  private String substituteString(String text, String path) {
    Matcher whole = WHOLE.matcher(text);
    if (whole.matches()) {
      return lookup(whole.group(1), path);
    }
    Matcher braced = BRACED.matcher(text);
    StringBuilder result = new StringBuilder();
    while (braced.find()) {
      braced.appendReplacement(result, Matcher.quoteReplacement(lookup(braced.group(1), path)));
    }
    braced.appendTail(result);
    return result.toString();
  }

  private String lookup(String name, String path) {
    String value = environment.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "'" + path + "' refers to environment variable " + name + ", which is not set");
    }
    return value;
  }
}
