package io.opsdroid.vertx.config;

import io.opsdroid.vertx.api.ModuleType;
import io.vertx.core.json.JsonObject;

/**
 * A loaded and checked configuration.
 *
 * @param source the file it was read from
 * @param json the whole configuration, environment variables substituted; every module
 *     section is a mapping of module names to mappings
 * @param web the checked {@code web} section
 */
public record BotConfig(String source, JsonObject json, WebSettings web) {

  /** The modules of {@code type}, by name; empty when the section is absent. */
  public JsonObject modules(ModuleType type) {
    JsonObject section = json.getJsonObject(type.section());
    return section == null ? new JsonObject() : section;
  }
}
