package io.opsdroid.vertx.skill.match;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
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
public final class RegexMatcher extends PatternMatcher {

  private final String expression;
  private final List<PythonRegexSyntax.NamedGroup> groups;

  /**
   * Compiles an expression.
   *
   * @throws IllegalArgumentException when the expression is not a valid regular expression
   */
  public RegexMatcher(String expression, MatcherOptions options) {
    this(expression, options, translate(Objects.requireNonNull(expression, "expression")));
  }

  private RegexMatcher(String expression, MatcherOptions options,
      PythonRegexSyntax.Translation translation) {
    super(compile(expression, translation.javaRegex(), options.caseSensitive()), options,
        expression);
    this.expression = expression;
    this.groups = translation.groups();
  }

  /** A matcher with {@link MatcherOptions#regexDefaults()}. */
  public static RegexMatcher of(String expression) {
    return new RegexMatcher(expression, MatcherOptions.regexDefaults());
  }

  public String expression() {
    return expression;
  }

  @Override
  public String toString() {
    return "RegexMatcher[" + expression + ", " + options() + "]";
  }

  /** Anchored at the start only, as Python's {@code re.match}. */
  @Override
  boolean matchesAtStart(Matcher matcher) {
    return matcher.lookingAt();
  }

  @Override
  JsonObject entities(Matcher matcher) {
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
