package io.opsdroid.vertx.skill.match;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a message with a format-string pattern, as opsdroid's parse matcher does with Python's
 * {@code parse} library: {@code "say {text}"}, {@code "{greeting} world"}, {@code "add {n:d}"}.
 *
 * <p>Fields: {@code {}} matches text but yields no entity; {@code {name}} any text;
 * {@code {name:d}} a whole number, {@code {name:f}} a decimal number (both become numbers in the
 * entities); {@code {name:w}} letters, digits and underscores. <code>{{</code> and
 * <code>}}</code> are literal braces, and whitespace in the pattern matches any run of
 * whitespace.
 *
 * <p>Like Python's {@code parse}, matching ignores case unless the options say otherwise; see
 * {@link MatcherOptions#parseDefaults()}. {@link MatchingCondition#MATCH} and
 * {@link MatchingCondition#FULLMATCH} need the whole text to fit the pattern, as
 * {@code parse.parse} does; {@link MatchingCondition#SEARCH} finds it anywhere, as
 * {@code parse.search} does; {@link MatchingCondition#FINDALL} finds it anywhere and yields no
 * entities.
 */
public final class ParseMatcher extends PatternMatcher {

  private final String format;
  private final List<ParseFormat.Field> fields;

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException for an unclosed or stray brace, a bad field name or an
   *     unknown field type
   */
  public ParseMatcher(String format, MatcherOptions options) {
    this(format, options, compile(Objects.requireNonNull(format, "format")));
  }

  private ParseMatcher(String format, MatcherOptions options, ParseFormat.Compiled compiled) {
    super(Pattern.compile(compiled.regex(), flags(options.caseSensitive())), options, format);
    this.format = format;
    this.fields = compiled.fields();
  }

  /** A matcher with {@link MatcherOptions#parseDefaults()}. */
  public static ParseMatcher of(String format) {
    return new ParseMatcher(format, MatcherOptions.parseDefaults());
  }

  public String format() {
    return format;
  }

  @Override
  public String toString() {
    return "ParseMatcher[" + format + ", " + options() + "]";
  }

  /** A format pattern describes the whole message, as Python's {@code parse.parse}. */
  @Override
  boolean matchesAtStart(Matcher matcher) {
    return matcher.matches();
  }

  @Override
  JsonObject entities(Matcher matcher) {
    JsonObject entities = new JsonObject();
    for (ParseFormat.Field field : fields) {
      entities.put(field.name(), field.type().convert(matcher.group(field.javaName())));
    }
    return entities;
  }

  private static ParseFormat.Compiled compile(String format) {
    try {
      return ParseFormat.compile(format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid parse pattern '" + format + "': " + e.getMessage(), e);
    }
  }

  private static int flags(boolean caseSensitive) {
    // Multi-line messages are common in chat, so fields may span lines, as in Python's parse.
    int flags = Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS;
    return caseSensitive ? flags : flags | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  }
}
