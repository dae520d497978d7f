package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MatchTest {

  @Test
  void changingTheGivenEntitiesLaterDoesNotChangeTheMatch() {
    JsonObject entities = new JsonObject().put("name", "ada");
    Match match = new Match(0.5, entities);

    entities.put("name", "bob");

    assertThat(match.entities().getString("name")).isEqualTo("ada");
  }

  @Test
  void changingTheReturnedEntitiesDoesNotChangeTheMatch() {
    Match match = new Match(0.5, new JsonObject().put("name", "ada"));

    match.entities().put("name", "bob");

    assertThat(match.entities().getString("name")).isEqualTo("ada");
  }

  @Test
  void matchesWithEqualScoreAndEntitiesAreEqual() {
    assertThat(new Match(0.5, new JsonObject().put("a", "b")))
        .isEqualTo(new Match(0.5, new JsonObject().put("a", "b")));
  }

  @Test
  void matchWithoutEntitiesHasAnEmptyObject() {
    assertThat(Match.withoutEntities(0.3).entities().isEmpty()).isTrue();
  }
}
