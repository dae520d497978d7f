package io.opsdroid.vertx.skill.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites a regular expression written for Python, or for Java, into one Java compiles with the
 * same meaning, so skills ported from opsdroid keep their expressions.
 *
 * <p>Every named group is renamed to {@code g0}, {@code g1}, ... because Java group names allow
 * only ASCII letters and digits, while Python names such as {@code first_name} are common. The
 * original names are kept beside, in order. Python's {@code (?P<name>...)}, {@code (?P=name)}
 * and {@code \Z} become Java's {@code (?<name>...)}, {@code \k<name>} and {@code \z}. Escapes and
 * character classes are skipped, so {@code \(?P<} stays literal text.
 */
final class PythonRegexSyntax {

  /** A named group: the name the user wrote, and the name it has in the Java expression. */
  record NamedGroup(String name, String javaName) {
  }

  /** The Java expression and its named groups, in the order they open. */
  record Translation(String javaRegex, List<NamedGroup> groups) {
  }

  private static final Pattern GROUP_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private final List<NamedGroup> groups = new ArrayList<>();
  private int pos;
  private boolean inClass;

  private PythonRegexSyntax(String source) {
    this.source = source;
  }

  /**
   * Translates an expression.
   *
   * @throws IllegalArgumentException for a bad group name, a repeated one, or a reference to an
   *     unknown one
   */
  static Translation translate(String expression) {
    PythonRegexSyntax parser = new PythonRegexSyntax(expression);
    parser.run();
    return new Translation(parser.out.toString(), List.copyOf(parser.groups));
  }

  private void run() {
    while (pos < source.length()) {
      if (at("\\")) {
        escape();
      } else if (inClass) {
        inClass = !at("]");
        copy(1);
      } else {
        outsideClass();
      }
    }
  }

  private void outsideClass() {
    if (at("[")) {
      classStart();
    } else if (at("(?P<")) {
      defineGroup("(?P<".length());
    } else if (at("(?<") && !at("(?<=") && !at("(?<!")) {
      defineGroup("(?<".length());
    } else if (at("(?P=")) {
      pos += "(?P=".length();
      out.append("(?:\\k<").append(reference(')')).append(">)");
    } else {
      copy(1);
    }
  }

  private void escape() {
    if (!inClass && at("\\k<")) {
      pos += "\\k<".length();
      out.append("\\k<").append(reference('>')).append('>');
    } else if (at("\\Z")) {
      // Python's \Z is the very end of the text, which Java spells \z.
      out.append("\\z");
      pos += 2;
    } else {
      copy(Math.min(2, source.length() - pos));
    }
  }

  private void classStart() {
    inClass = true;
    copy(at("[^") ? 2 : 1);
    // A ']' straight after the opening bracket is a member of the class, not its end.
    if (at("]")) {
      copy(1);
    }
  }

  private void defineGroup(int prefixLength) {
    pos += prefixLength;
    String name = readName('>');
    if (javaName(name) != null) {
      throw new IllegalArgumentException("Group name '" + name + "' is defined twice");
    }
    String javaName = "g" + groups.size();
    groups.add(new NamedGroup(name, javaName));
    out.append("(?<").append(javaName).append('>');
  }

  private String reference(char end) {
    String name = readName(end);
    String javaName = javaName(name);
    if (javaName == null) {
      throw new IllegalArgumentException("Reference to unknown group name '" + name + "'");
    }
    return javaName;
  }

  private String readName(char end) {
    int close = source.indexOf(end, pos);
    if (close < 0) {
      throw new IllegalArgumentException("Group name at index " + pos + " is not closed");
    }
    String name = source.substring(pos, close);
    if (!GROUP_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Bad group name '" + name + "'");
    }
    pos = close + 1;
    return name;
  }

  private String javaName(String name) {
    return groups.stream()
        .filter(group -> group.name().equals(name))
        .map(NamedGroup::javaName)
        .findFirst()
        .orElse(null);
  }

  private boolean at(String text) {
    return source.startsWith(text, pos);
  }

  private void copy(int count) {
    out.append(source, pos, pos + count);
    pos += count;
  }
}
