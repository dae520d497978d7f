package io.opsdroid.vertx.registry;

import io.vertx.core.json.JsonObject;

/** RFC 7396 JSON merge patch: objects merge key by key, {@code null} removes a key. */
final class JsonMergePatch {

  private JsonMergePatch() {
  }

  /** {@code target} with {@code patch} applied; neither argument is changed. */
  static JsonObject apply(JsonObject target, JsonObject patch) {
    JsonObject result = target.copy();
    patch.forEach(entry -> {
      Object value = entry.getValue();
      if (value == null) {
        result.remove(entry.getKey());
      } else if (value instanceof JsonObject patchObject) {
        Object current = result.getValue(entry.getKey());
        JsonObject base = current instanceof JsonObject object ? object : new JsonObject();
        result.put(entry.getKey(), apply(base, patchObject));
      } else {
        result.put(entry.getKey(), copyOf(value));
      }
    });
    return result;
  }

  private static Object copyOf(Object value) {
    return new JsonObject().put("v", value).copy().getValue("v");
  }
}
