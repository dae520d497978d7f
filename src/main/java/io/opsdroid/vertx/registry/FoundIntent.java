package io.opsdroid.vertx.registry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * An intent that a parser of one's own found in a message.
 *
 * @param parser the parser's name
 * @param name the intent's name
 * @param score how sure the parser is, from 0 to 1
 * @param entities the values it took out of the text
 */
record FoundIntent(String parser, String name, double score, JsonObject entities) {

  /**
   * The intents of a parser's reply, {@code {"intents": [{"name", "score", "entities"}]}},
   * less those scored below {@code minScore} and any that are not shaped so.
   */
  static List<FoundIntent> read(String parser, JsonObject reply, double minScore) {
    List<FoundIntent> found = new ArrayList<>();
    if (!(reply != null && reply.getValue("intents") instanceof JsonArray intents)) {
      return found;
    }
    for (Object item : intents) {
      if (item instanceof JsonObject intent
          && intent.getValue("name") instanceof String name
          && intent.getValue("score") instanceof Number score
          && score.doubleValue() >= minScore && score.doubleValue() <= 1) {
        JsonObject entities = intent.getValue("entities") instanceof JsonObject values
            ? values : new JsonObject();
        found.add(new FoundIntent(parser, name, score.doubleValue(), entities));
      }
    }
    return found;
  }
}
