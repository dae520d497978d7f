package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchingConditionTest {

  @Test
  void readsEveryConfigNameIgnoringCase() {
    assertThat(MatchingCondition.of("match")).isEqualTo(MatchingCondition.MATCH);
    assertThat(MatchingCondition.of("Search")).isEqualTo(MatchingCondition.SEARCH);
    assertThat(MatchingCondition.of("FULLMATCH")).isEqualTo(MatchingCondition.FULLMATCH);
    assertThat(MatchingCondition.of(" findall ")).isEqualTo(MatchingCondition.FINDALL);
  }

  @Test
  void unknownNameIsRejectedWithTheAllowedNames() {
    assertThatThrownBy(() -> MatchingCondition.of("startswith"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'startswith'")
        .hasMessageContaining("match, search, fullmatch, findall");
  }

  @Test
  void missingNameIsRejected() {
    assertThatThrownBy(() -> MatchingCondition.of(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configNameIsLowerCase() {
    assertThat(MatchingCondition.FULLMATCH.configName()).isEqualTo("fullmatch");
  }
}
