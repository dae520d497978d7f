package io.opsdroid.vertx.skill.match;

import java.util.Objects;

/**
 * The settings shared by the regex and parse matchers.
 *
 * <p>The defaults differ by matcher: regex expressions are case sensitive, as in opsdroid, while
 * parse patterns are not, because Python's {@code parse} library ignores case unless asked.
 *
 * @param caseSensitive whether letters must match in case
 * @param condition where in the text the pattern has to match
 * @param scoreFactor scales the score, so a skill can rank its matchers above or below others
 */
public record MatcherOptions(
    boolean caseSensitive, MatchingCondition condition, double scoreFactor) {

  /** opsdroid's default score factor. */
  public static final double DEFAULT_SCORE_FACTOR = 0.6;

  public MatcherOptions {
    Objects.requireNonNull(condition, "condition");
    if (!Double.isFinite(scoreFactor)) {
      throw new IllegalArgumentException("Score factor must be a finite number: " + scoreFactor);
    }
  }

  /** Case sensitive, {@link MatchingCondition#MATCH}, score factor 0.6. */
  public static MatcherOptions regexDefaults() {
    return new MatcherOptions(true, MatchingCondition.MATCH, DEFAULT_SCORE_FACTOR);
  }

  /** Case insensitive, {@link MatchingCondition#MATCH}, score factor 0.6. */
  public static MatcherOptions parseDefaults() {
    return new MatcherOptions(false, MatchingCondition.MATCH, DEFAULT_SCORE_FACTOR);
  }

  public MatcherOptions withCaseSensitive(boolean value) {
    return new MatcherOptions(value, condition, scoreFactor);
  }

  public MatcherOptions withCondition(MatchingCondition value) {
    return new MatcherOptions(caseSensitive, value, scoreFactor);
  }

  public MatcherOptions withScoreFactor(double value) {
    return new MatcherOptions(caseSensitive, condition, value);
  }

  /**
   * opsdroid's score for a pattern: {@code (1 - 1 / (length + 1)^2) * scoreFactor}. Longer
   * patterns are more specific, so they score a little higher. The length counts code points,
   * as Python's {@code len} does.
   */
  public double score(String pattern) {
    double lengthPlusOne = pattern.codePointCount(0, pattern.length()) + 1.0;
    return (1 - 1 / (lengthPlusOne * lengthPlusOne)) * scoreFactor;
  }
}
