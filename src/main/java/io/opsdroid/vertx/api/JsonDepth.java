package io.opsdroid.vertx.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * How deeply a JSON value nests. The bot refuses a request body nested deeper than
 * {@link #MAX}, over HTTP with 400 and over the event bus with
 * {@link FailureCodes#INVALID_REQUEST}: a module's config nests a few levels, and a bound
 * keeps merging, scrubbing and encoding it within a thread's stack.
 */
public final class JsonDepth {

  /** The deepest nesting of objects and arrays that a request body may have. */
  public static final int MAX = 32;

  private JsonDepth() {
  }

  /**
   * Whether {@code value} nests objects and arrays more than {@code max} levels deep; a
   * scalar nests none. Looks no deeper than {@code max + 1} levels.
   */
  public static boolean exceeds(Object value, int max) {
    if (value instanceof JsonObject object) {
      return max == 0 || anyExceeds(object.getMap().values(), max - 1);
    }
    if (value instanceof JsonArray array) {
      return max == 0 || anyExceeds(array.getList(), max - 1);
    }
    if (value instanceof Map<?, ?> map) {
      return max == 0 || anyExceeds(map.values(), max - 1);
    }
    if (value instanceof Iterable<?> list) {
      return max == 0 || anyExceeds(list, max - 1);
    }
    return false;
  }

  private static boolean anyExceeds(Iterable<?> values, int max) {
    for (Object value : values) {
      if (exceeds(value, max)) {
        return true;
      }
    }
    return false;
  }
}
