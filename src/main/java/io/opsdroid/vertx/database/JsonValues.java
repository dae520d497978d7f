package io.opsdroid.vertx.database;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;

/** Checks the keys and values that callers hand to a {@code Database}. */
final class JsonValues {

  private JsonValues() {
  }

  /** {@code key} itself; a null key would be a valid row in SQLite, so it is refused here. */
  static String checkedKey(String key) {
    if (key == null) {
      throw new IllegalArgumentException("key must not be null");
    }
    return key;
  }

  /**
   * A copy of {@code value} that later changes by its owner cannot reach.
   *
   * @throws IllegalArgumentException when {@code value} is not a JSON value
   */
  static Object copyOf(Object value) {
    if (value instanceof JsonObject object) {
      return deepCopy(object::copy);
    }
    if (value instanceof JsonArray array) {
      return deepCopy(array::copy);
    }
    if (value instanceof String || value instanceof Boolean || isExactNumber(value)) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      return finite((Number) value);
    }
    throw new IllegalArgumentException("not a JSON value: " + typeName(value));
  }

  private static Object deepCopy(Supplier<Object> copier) {
    try {
      return copier.get();
    } catch (IllegalStateException e) {
      // Vert.x refuses to copy a container that holds something other than JSON
      throw new IllegalArgumentException("not a JSON value: " + e.getMessage(), e);
    }
  }

  // Only the immutable JDK number types: an AtomicLong stored as is could change later.
  private static boolean isExactNumber(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof BigDecimal;
  }

  // JSON has no NaN or infinity; Jackson would quietly write them as strings.
  private static Number finite(Number number) {
    if (!Double.isFinite(number.doubleValue())) {
      throw new IllegalArgumentException("not a JSON value: " + number);
    }
    return number;
  }

  private static String typeName(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }
}
