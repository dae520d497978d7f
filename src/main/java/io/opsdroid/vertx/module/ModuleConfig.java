package io.opsdroid.vertx.module;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's configuration section with getters that check types and ranges, so that a bad
 * value fails the module's start with a message naming the module and the key.
 */
public final class ModuleConfig {

  private final String module;
  private final JsonObject values;

  public ModuleConfig(String module, JsonObject values) {
    this.module = module;
    this.values = values.copy();
  }

  /** A copy of the raw section. */
  public JsonObject json() {
    return values.copy();
  }

  public boolean has(String key) {
    return values.containsKey(key) && values.getValue(key) != null;
  }

  public String getString(String key, String fallback) {
    Object value = values.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw invalid(key, "must be a string");
  }

  public String requireString(String key) {
    String value = getString(key, null);
    if (value == null || value.isBlank()) {
      throw invalid(key, "is required");
    }
    return value;
  }

  public int getInt(String key, int fallback, int min, int max) {
    Object value = values.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number number) || number.doubleValue() != number.intValue()) {
      throw invalid(key, "must be a whole number");
    }
    int result = number.intValue();
    if (result < min || result > max) {
      throw invalid(key, "must be between " + min + " and " + max);
    }
    return result;
  }

  public double getDouble(String key, double fallback, double min, double max) {
    Object value = values.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number number)) {
      throw invalid(key, "must be a number");
    }
    double result = number.doubleValue();
    if (result < min || result > max) {
      throw invalid(key, "must be between " + min + " and " + max);
    }
    return result;
  }

  public boolean getBoolean(String key, boolean fallback) {
    Object value = values.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean bool)) {
      throw invalid(key, "must be true or false");
    }
    return bool;
  }

  public List<String> getStringList(String key) {
    Object value = values.getValue(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw invalid(key, "must be a list of strings");
    }
    List<String> result = new ArrayList<>();
    for (Object item : array) {
      if (!(item instanceof String text)) {
        throw invalid(key, "must be a list of strings");
      }
      result.add(text);
    }
    return List.copyOf(result);
  }

  public JsonObject getObject(String key) {
    Object value = values.getValue(key);
    if (value == null) {
      return new JsonObject();
    }
    if (!(value instanceof JsonObject object)) {
      throw invalid(key, "must be a mapping");
    }
    return object.copy();
  }

  /** An exception naming this module and {@code key}, for checks of the module's own. */
  public ModuleConfigException invalid(String key, String problem) {
    return new ModuleConfigException(module, key, problem);
  }
}
