package io.opsdroid.vertx.skill.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a parse pattern such as {@code "say {text}"} into a regular expression.
 *
 * <p>Literal text matches itself, except that a run of whitespace matches any run of
 * whitespace. <code>{{</code> and <code>}}</code> are literal braces. A field is {@code {}},
 * {@code {name}}, {@code {:type}} or {@code {name:type}}; a name used twice must match the same
 * text both times. Untyped fields take as little text as they can, except a field that ends the
 * pattern, which takes the rest of the text: with {@code search}, {@code "say {text}"} should
 * capture everything said rather than a single character.
 */
final class ParseFormat {

  /** A named field: its name, its group name in the regular expression, and its type. */
  record Field(String name, String javaName, ParseFieldType type) {
  }

  /** The regular expression and its named fields, in order of first appearance. */
  record Compiled(String regex, List<Field> fields) {
  }

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String format;
  private final StringBuilder regex = new StringBuilder();
  private final StringBuilder literal = new StringBuilder();
  private final List<Field> fields = new ArrayList<>();
  private int pos;

  private ParseFormat(String format) {
    this.format = format;
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException for an unclosed or stray brace, a bad name or a bad type
   */
  static Compiled compile(String format) {
    ParseFormat parser = new ParseFormat(format);
    parser.run();
    return new Compiled(parser.regex.toString(), List.copyOf(parser.fields));
  }

  private void run() {
    while (pos < format.length()) {
      char c = format.charAt(pos);
      if (format.startsWith("{{", pos) || format.startsWith("}}", pos)) {
        literal.append(c);
        pos += 2;
      } else if (c == '{') {
        field();
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "Single '}' at index " + pos + "; write '}}' for a literal brace");
      } else if (Character.isWhitespace(c)) {
        whitespace();
      } else {
        literal.append(c);
        pos++;
      }
    }
    flushLiteral();
  }

  private void whitespace() {
    flushLiteral();
    while (pos < format.length() && Character.isWhitespace(format.charAt(pos))) {
      pos++;
    }
    regex.append("\\s+");
  }

  private void field() {
    flushLiteral();
    int close = format.indexOf('}', pos);
    int nestedOpen = format.indexOf('{', pos + 1);
    if (close < 0 || (nestedOpen >= 0 && nestedOpen < close)) {
      throw new IllegalArgumentException("Unclosed '{' at index " + pos);
    }
    String spec = format.substring(pos + 1, close);
    pos = close + 1;
    appendField(spec, pos == format.length());
  }

  private void appendField(String spec, boolean endsPattern) {
    int colon = spec.indexOf(':');
    String name = colon < 0 ? spec : spec.substring(0, colon);
    ParseFieldType type = ParseFieldType.of(colon < 0 ? "" : spec.substring(colon + 1));
    String body = type == ParseFieldType.TEXT && endsPattern ? ".+" : type.regex();
    if (name.isEmpty()) {
      regex.append("(?:").append(body).append(')');
    } else {
      appendNamedField(name, type, body);
    }
  }

  private void appendNamedField(String name, ParseFieldType type, String body) {
    if (!FIELD_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Bad field name '" + name + "'");
    }
    Field earlier = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    if (earlier != null) {
      regex.append("\\k<").append(earlier.javaName()).append('>');
      return;
    }
    Field field = new Field(name, "f" + fields.size(), type);
    fields.add(field);
    regex.append("(?<").append(field.javaName()).append('>').append(body).append(')');
  }

  private void flushLiteral() {
    if (!literal.isEmpty()) {
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }
}
