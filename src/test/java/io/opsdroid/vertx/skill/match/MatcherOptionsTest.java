package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatcherOptionsTest {

  @Test
  void regexDefaultsAreCaseSensitiveMatchWithFactorPointSix() {
    assertThat(MatcherOptions.regexDefaults())
        .isEqualTo(new MatcherOptions(true, MatchingCondition.MATCH, 0.6));
  }

  @Test
  void parseDefaultsIgnoreCase() {
    assertThat(MatcherOptions.parseDefaults())
        .isEqualTo(new MatcherOptions(false, MatchingCondition.MATCH, 0.6));
  }

  @Test
  void withersChangeOnlyTheirOwnSetting() {
    MatcherOptions options = MatcherOptions.regexDefaults()
        .withCaseSensitive(false)
        .withCondition(MatchingCondition.SEARCH)
        .withScoreFactor(1.0);

    assertThat(options).isEqualTo(new MatcherOptions(false, MatchingCondition.SEARCH, 1.0));
  }

  @Test
  void scoreFollowsOpsdroidsFormula() {
    assertThat(MatcherOptions.regexDefaults().score("hi"))
        .isCloseTo((1 - 1.0 / 9) * 0.6, within(1e-12));
    assertThat(MatcherOptions.regexDefaults().withScoreFactor(1).score("hello"))
        .isCloseTo(1 - 1.0 / 36, within(1e-12));
  }

  @Test
  void scoreCountsCodePointsLikePython() {
    // One emoji is two Java chars but one Python character.
    assertThat(MatcherOptions.regexDefaults().score("\uD83D\uDE00"))
        .isCloseTo((1 - 1.0 / 4) * 0.6, within(1e-12));
  }

  @Test
  void longerPatternsScoreHigher() {
    MatcherOptions options = MatcherOptions.regexDefaults();

    assertThat(options.score("hello there")).isGreaterThan(options.score("hello"));
  }

  @Test
  void nonFiniteScoreFactorIsRejected() {
    assertThatThrownBy(() -> MatcherOptions.regexDefaults().withScoreFactor(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }
}
