package io.opsdroid.vertx.skill.match;

import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What regex and format-pattern matchers share once their pattern is compiled: finding it
 * as the matching condition says, scoring, and reading entities.
 */
abstract class PatternMatcher implements MessageMatcher {

  private final Pattern pattern;
  private final MatcherOptions options;
  private final double score;

  /**
   * @param pattern the compiled pattern
   * @param options case, condition and score factor
   * @param source the pattern as the skill wrote it, whose length the score depends on
   */
  PatternMatcher(Pattern pattern, MatcherOptions options, String source) {
    this.pattern = pattern;
    this.options = Objects.requireNonNull(options, "options");
    this.score = options.score(source);
  }

  public final MatcherOptions options() {
    return options;
  }

  @Override
  public final Optional<Match> match(String text) {
    Matcher matcher = pattern.matcher(text);
    if (!found(matcher)) {
      return Optional.empty();
    }
    if (options.condition() == MatchingCondition.FINDALL) {
      return Optional.of(Match.withoutEntities(score));
    }
    return Optional.of(new Match(score, entities(matcher)));
  }

  private boolean found(Matcher matcher) {
    return switch (options.condition()) {
      case MATCH -> matchesAtStart(matcher);
      case FULLMATCH -> matcher.matches();
      case SEARCH, FINDALL -> matcher.find();
    };
  }

  /** Whether the text fits {@link MatchingCondition#MATCH}, as this kind of pattern means it. */
  abstract boolean matchesAtStart(Matcher matcher);

  /** The entities of a successful match. */
  abstract JsonObject entities(Matcher matcher);
}
