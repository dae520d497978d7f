package io.opsdroid.vertx.skill.match;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Matches a message with a regular expression, as opsdroid's regex matcher does.
 *
 * <p>Named groups become entities; a named group that took no part in the match is left out.
 * Both Java's {@code (?<name>...)} and Python's {@code (?P<name>...)} are accepted, and names may
 * contain underscores. Character classes such as {@code \w} follow Unicode, as they do in Python.
 */
public final class RegexMatcher implements MessageMatcher {

  private final String expression;
  private final MatcherOptions options;
  private final Pattern pattern;
  private final List<PythonRegexSyntax.NamedGroup> groups;
  private final double score;

  /**
   * Compiles an expression.
   *
   * @throws IllegalArgumentException when the expression is not a valid regular expression
   */
  public RegexMatcher(String expression, MatcherOptions options) {
    this.expression = Objects.requireNonNull(expression, "expression");
    this.options = Objects.requireNonNull(options, "options");
    PythonRegexSyntax.Translation translation = translate(expression);
    this.pattern = compile(expression, translation.javaRegex(), options.caseSensitive());
    this.groups = translation.groups();
    this.score = options.score(expression);
  }

  /** A matcher with {@link MatcherOptions#regexDefaults()}. */
  public static RegexMatcher of(String expression) {
    return new RegexMatcher(expression, MatcherOptions.regexDefaults());
  }

  public String expression() {
    return expression;
  }

  public MatcherOptions options() {
    return options;
  }

  @Override
  public Optional<Match> match(String text) {
    Matcher matcher = pattern.matcher(text);
    if (!found(matcher)) {
      return Optional.empty();
    }
    if (options.condition() == MatchingCondition.FINDALL) {
      return Optional.of(Match.withoutEntities(score));
    }
    return Optional.of(new Match(score, entities(matcher)));
  }

  @Override
  public String toString() {
    return "RegexMatcher[" + expression + ", " + options + "]";
  }

  private boolean found(Matcher matcher) {
    return switch (options.condition()) {
      case MATCH -> matcher.lookingAt();
      case FULLMATCH -> matcher.matches();
      case SEARCH, FINDALL -> matcher.find();
    };
  }

  private JsonObject entities(Matcher matcher) {
    JsonObject entities = new JsonObject();
    for (PythonRegexSyntax.NamedGroup group : groups) {
      String value = matcher.group(group.javaName());
      if (value != null) {
        entities.put(group.name(), value);
      }
    }
    return entities;
  }

  private static PythonRegexSyntax.Translation translate(String expression) {
    try {
      return PythonRegexSyntax.translate(expression);
    } catch (IllegalArgumentException e) {
      throw invalid(expression, e.getMessage(), e);
    }
  }

  private static Pattern compile(String expression, String javaRegex, boolean caseSensitive) {
    int flags = Pattern.UNICODE_CHARACTER_CLASS;
    if (!caseSensitive) {
      flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }
    try {
      return Pattern.compile(javaRegex, flags);
    } catch (PatternSyntaxException e) {
      throw invalid(expression, e.getDescription(), e);
    }
  }

  private static IllegalArgumentException invalid(String expression, String why, Exception e) {
    return new IllegalArgumentException(
        "Invalid regular expression '" + expression + "': " + why, e);
  }
}
