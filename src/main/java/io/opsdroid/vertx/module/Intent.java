package io.opsdroid.vertx.module;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * What a {@link Parser} found a message to mean.
 *
 * @param name the intent, as a skill's {@code @MatchIntent} names it
 * @param score how sure the parser is, from 0 to 1
 * @param entities values the parser took out of the text, which the skill reads as entities
 */
public record Intent(String name, double score, JsonObject entities) {

  public Intent {
    Objects.requireNonNull(name, "name");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be between 0 and 1: " + score);
    }
    entities = entities == null ? new JsonObject() : entities.copy();
  }

  public static Intent of(String name, double score) {
    return new Intent(name, score, new JsonObject());
  }

  /** Returns a copy of the entities: changing it leaves this intent as it was. */
  @Override
  public JsonObject entities() {
    return entities.copy();
  }
}
