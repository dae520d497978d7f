package io.opsdroid.vertx.skill.match;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * What a matcher reports when it accepts a message: how strongly it matched, and the values it
 * took out of the text.
 *
 * <p>Skills compete on {@code score}, and the highest wins. {@code entities} maps each named
 * group or named field to its value: a string, or a number for typed parse fields. The match
 * keeps its own copy of the entities, so nobody can change it after the fact.
 *
 * @param score how strongly the matcher matched, see {@link MatcherOptions#score(String)}
 * @param entities named values taken from the text, never {@code null}
 */
public record Match(double score, JsonObject entities) {

  public Match {
    Objects.requireNonNull(entities, "entities");
    entities = entities.copy();
  }

  /** A match that carries no entities. */
  public static Match withoutEntities(double score) {
    return new Match(score, new JsonObject());
  }

  /** Returns a copy of the entities: changing it leaves this match as it was. */
  @Override
  public JsonObject entities() {
    return entities.copy();
  }
}
