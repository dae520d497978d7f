package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonRegexSyntaxTest {

  private static String javaRegex(String expression) {
    return PythonRegexSyntax.translate(expression).javaRegex();
  }

  @Test
  void pythonAndJavaNamedGroupsAreRenamedInOrder() {
    PythonRegexSyntax.Translation translation =
        PythonRegexSyntax.translate("(?P<first_name>a)(?<last>b)");

    assertThat(translation.javaRegex()).isEqualTo("(?<g0>a)(?<g1>b)");
    assertThat(translation.groups()).containsExactly(
        new PythonRegexSyntax.NamedGroup("first_name", "g0"),
        new PythonRegexSyntax.NamedGroup("last", "g1"));
  }

  @Test
  void backreferencesFollowTheRenamedGroup() {
    assertThat(javaRegex("(?P<w>a)(?P=w)\\k<w>")).isEqualTo("(?<g0>a)(?:\\k<g0>)\\k<g0>");
  }

  @Test
  void escapedParenthesisStaysLiteralText() {
    assertThat(javaRegex("\\(?P<x>")).isEqualTo("\\(?P<x>");
  }

  @Test
  void characterClassContentIsLeftAlone() {
    assertThat(javaRegex("[(?P<x>]")).isEqualTo("[(?P<x>]");
    assertThat(javaRegex("[]a](?P<x>b)")).isEqualTo("[]a](?<g0>b)");
  }

  @Test
  void pythonEndOfTextBecomesJavas() {
    assertThat(javaRegex("bye\\Z")).isEqualTo("bye\\z");
  }

  @Test
  void lookaroundsAndPlainGroupsAreKept() {
    String expression = "(?<=a)(?<!b)(?:c)(d)";

    assertThat(javaRegex(expression)).isEqualTo(expression);
    assertThat(PythonRegexSyntax.translate(expression).groups()).isEqualTo(List.of());
  }

  @Test
  void referenceToAnUnknownGroupIsRejected() {
    assertThatThrownBy(() -> javaRegex("(?P=nope)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void unclosedGroupNameIsRejected() {
    assertThatThrownBy(() -> javaRegex("(?P<name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not closed");
  }

  @Test
  void badGroupNameIsRejected() {
    assertThatThrownBy(() -> javaRegex("(?P<1st>a)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1st'");
  }
}
