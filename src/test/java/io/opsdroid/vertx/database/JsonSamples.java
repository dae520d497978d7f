package io.opsdroid.vertx.database;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** JSON values of every kind, for round-trip tests of both databases. */
final class JsonSamples {

  private JsonSamples() {
  }

  /**
   * Fresh values on every call, so no test sees another's changes. The numbers are of the
   * type that JSON decoding gives back, so that they compare equal after a trip through text.
   */
  static Stream<Arguments> values() {
    return Stream.of(
        sample("an object", new JsonObject()
            .put("name", "R2")
            .put("tags", new JsonArray().add("droid"))
            .put("nested", new JsonObject().put("on", true).put("none", null))),
        sample("an array", new JsonArray().add(1).add("two").add(new JsonObject().put("n", 3))),
        sample("a string", "beep boop"),
        sample("an empty string", ""),
        sample("a string beyond ASCII", "héllo ✓ 🤖"),
        sample("a whole number", 42),
        sample("a negative number", -7),
        sample("a long number", 9_000_000_000L),
        sample("a decimal number", 2.5),
        sample("a boolean", true));
  }

  private static Arguments sample(String name, Object value) {
    return Arguments.of(Named.of(name, value));
  }
}
