package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.api.JsonDepth;
import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.config.ModuleNames;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * A checked request to change one module's configuration.
 *
 * @param type the module's type
 * @param name the module's name
 * @param patch the RFC 7396 merge patch for its section
 */
record PatchRequest(ModuleType type, String name, JsonObject patch) {

  private static final Set<String> FIELDS = Set.of("module_type", "module_name", "config");

  /** Reads a request body; anything off is a {@link RegistryFailure} naming the problem. */
  static PatchRequest parse(Object body) {
    if (!(body instanceof JsonObject json)) {
      throw invalid("the body must be a JSON object");
    }
    for (String field : json.fieldNames()) {
      if (!FIELDS.contains(field)) {
        throw invalid("unknown field '" + field + "'");
      }
    }
    String typeName = requireString(json, "module_type");
    ModuleType type = ModuleType.fromSection(typeName).orElseThrow(() -> invalid(
        "'module_type' must be one of connectors, skills, databases, parsers"));
    String name = requireString(json, "module_name");
    if (!ModuleNames.isValid(name)) {
      throw invalid("'module_name' may hold only " + ModuleNames.RULE);
    }
    if (!(json.getValue("config") instanceof JsonObject patch)) {
      throw invalid("'config' must be a JSON object");
    }
    if (JsonDepth.exceeds(patch, JsonDepth.MAX)) {
      throw invalid("'config' nests deeper than " + JsonDepth.MAX + " levels");
    }
    if (patch.containsKey("enabled") && !(patch.getValue("enabled") instanceof Boolean)
        && patch.getValue("enabled") != null) {
      throw invalid("'config.enabled' must be true or false");
    }
    return new PatchRequest(type, name, patch);
  }

  private static String requireString(JsonObject json, String field) {
    Object value = json.getValue(field);
    if (!(value instanceof String text) || text.isBlank()) {
      throw invalid("'" + field + "' must be a non-empty string");
    }
    return text;
  }

  private static RegistryFailure invalid(String problem) {
    return new RegistryFailure(FailureCodes.INVALID_REQUEST, problem);
  }
}
