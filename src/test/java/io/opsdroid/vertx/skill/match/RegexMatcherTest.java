package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class RegexMatcherTest {

  private static RegexMatcher with(String expression, MatchingCondition condition) {
    return new RegexMatcher(expression, MatcherOptions.regexDefaults().withCondition(condition));
  }

  private static JsonObject entities(RegexMatcher matcher, String text) {
    return matcher.match(text).orElseThrow().entities();
  }

  @Test
  void matchConditionIsTheDefaultAndOnlyMatchesAtTheStart() {
    RegexMatcher matcher = RegexMatcher.of("hi");

    assertThat(matcher.options().condition()).isEqualTo(MatchingCondition.MATCH);
    assertThat(matcher.match("hi there")).isPresent();
    assertThat(matcher.match("oh hi")).isEmpty();
  }

  @Test
  void searchConditionMatchesAnywhere() {
    assertThat(with("hi", MatchingCondition.SEARCH).match("oh hi there")).isPresent();
  }

  @Test
  void fullmatchConditionNeedsTheWholeText() {
    RegexMatcher matcher = with("hi", MatchingCondition.FULLMATCH);

    assertThat(matcher.match("hi")).isPresent();
    assertThat(matcher.match("hi there")).isEmpty();
  }

  @Test
  void findallConditionMatchesAnywhereWithoutEntities() {
    RegexMatcher matcher = with("(?P<word>hi)", MatchingCondition.FINDALL);

    assertThat(entities(matcher, "oh hi, hi").isEmpty()).isTrue();
    assertThat(matcher.match("hello")).isEmpty();
  }

  @Test
  void caseMattersByDefault() {
    assertThat(RegexMatcher.of("hi").match("HI")).isEmpty();
  }

  @Test
  void caseIsIgnoredWhenAskedIncludingBeyondAscii() {
    MatcherOptions options = MatcherOptions.regexDefaults().withCaseSensitive(false);

    assertThat(new RegexMatcher("hi", options).match("HI")).isPresent();
    assertThat(new RegexMatcher("été", options).match("ÉTÉ")).isPresent();
  }

  @Test
  void scoreUsesTheExpressionLengthAndFactor() {
    assertThat(RegexMatcher.of("hi").match("hi").orElseThrow().score())
        .isCloseTo((1 - 1.0 / 9) * 0.6, within(1e-12));
    RegexMatcher weighted =
        new RegexMatcher("hi", MatcherOptions.regexDefaults().withScoreFactor(0.9));
    assertThat(weighted.match("hi").orElseThrow().score())
        .isCloseTo((1 - 1.0 / 9) * 0.9, within(1e-12));
  }

  @Test
  void javaNamedGroupsBecomeEntities() {
    RegexMatcher matcher = RegexMatcher.of("remind (?<who>\\w+) to (?<what>.+)");

    assertThat(entities(matcher, "remind ada to stretch"))
        .isEqualTo(new JsonObject().put("who", "ada").put("what", "stretch"));
  }

  @Test
  void pythonNamedGroupsWithUnderscoresBecomeEntities() {
    RegexMatcher matcher = RegexMatcher.of("when did you last see (?P<user_name>\\w+)\\?");

    assertThat(entities(matcher, "when did you last see ada?").getString("user_name"))
        .isEqualTo("ada");
  }

  @Test
  void pythonBackreferenceMustRepeatTheGroup() {
    RegexMatcher matcher = RegexMatcher.of("(?P<word>\\w+) (?P=word)");

    assertThat(matcher.match("bye bye")).isPresent();
    assertThat(matcher.match("bye now")).isEmpty();
  }

  @Test
  void unmatchedOptionalGroupIsLeftOutOfTheEntities() {
    RegexMatcher matcher = RegexMatcher.of("hi(?: (?P<name>\\w+))?");

    assertThat(entities(matcher, "hi").containsKey("name")).isFalse();
    assertThat(entities(matcher, "hi bob").getString("name")).isEqualTo("bob");
  }

  @Test
  void wordClassesFollowUnicodeAsInPython() {
    RegexMatcher matcher = RegexMatcher.of("(?P<name>\\w+)");

    assertThat(entities(matcher, "zoë").getString("name")).isEqualTo("zoë");
  }

  @Test
  void lookbehindIsNotMistakenForANamedGroup() {
    assertThat(with("(?<=say )hi", MatchingCondition.SEARCH).match("say hi")).isPresent();
  }

  @Test
  void invalidExpressionIsRejectedNamingIt() {
    assertThatThrownBy(() -> RegexMatcher.of("hi(("))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'hi(('");
  }

  @Test
  void repeatedGroupNameIsRejected() {
    assertThatThrownBy(() -> RegexMatcher.of("(?P<a>x)(?P<a>y)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'(?P<a>x)(?P<a>y)'")
        .hasMessageContaining("defined twice");
  }
}
