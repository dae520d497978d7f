package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ParseMatcherTest {

  private static ParseMatcher searching(String format) {
    return new ParseMatcher(format,
        MatcherOptions.parseDefaults().withCondition(MatchingCondition.SEARCH));
  }

  private static JsonObject entities(ParseMatcher matcher, String text) {
    return matcher.match(text).orElseThrow().entities();
  }

  @Test
  void trailingFieldTakesTheRestOfTheText() {
    assertThat(entities(ParseMatcher.of("say {text}"), "say hello world"))
        .isEqualTo(new JsonObject().put("text", "hello world"));
  }

  @Test
  void leadingFieldStopsAtTheLiteralText() {
    assertThat(entities(ParseMatcher.of("{greeting} world"), "hello world"))
        .isEqualTo(new JsonObject().put("greeting", "hello"));
  }

  @Test
  void anonymousFieldMatchesWithoutAnEntity() {
    ParseMatcher matcher = ParseMatcher.of("{} world");

    assertThat(entities(matcher, "hello world").isEmpty()).isTrue();
    assertThat(matcher.match(" world")).isEmpty();
  }

  @Test
  void integerFieldsBecomeNumbers() {
    JsonObject entities = entities(ParseMatcher.of("add {a:d} and {b:d}"), "add 2 and -30");

    assertThat(entities.getValue("a")).isEqualTo(2L);
    assertThat(entities.getValue("b")).isEqualTo(-30L);
    assertThat(ParseMatcher.of("add {a:d} and {b:d}").match("add two and 3")).isEmpty();
  }

  @Test
  void integerTooBigForALongStaysExact() {
    Object value = entities(ParseMatcher.of("{n:d}"), "123456789012345678901234").getValue("n");

    assertThat(value).isEqualTo(new BigInteger("123456789012345678901234"));
  }

  @Test
  void floatFieldsBecomeNumbersAndAcceptWholeNumbers() {
    ParseMatcher matcher = ParseMatcher.of("set temperature {t:f}");

    assertThat(entities(matcher, "set temperature 20.5").getValue("t")).isEqualTo(20.5);
    assertThat(entities(matcher, "set temperature -.5").getValue("t")).isEqualTo(-0.5);
    assertThat(entities(matcher, "set temperature 20").getValue("t")).isEqualTo(20.0);
    assertThat(matcher.match("set temperature warm")).isEmpty();
  }

  @Test
  void wordFieldsTakeOnlyWordCharacters() {
    ParseMatcher matcher = ParseMatcher.of("hi {name:w}!");

    assertThat(entities(matcher, "hi bob_1!").getString("name")).isEqualTo("bob_1");
    assertThat(matcher.match("hi bob smith!")).isEmpty();
  }

  @Test
  void doubledBracesAreLiteralBraces() {
    ParseMatcher matcher = ParseMatcher.of("{{literal}} {x}");

    assertThat(entities(matcher, "{literal} yes").getString("x")).isEqualTo("yes");
    assertThat(matcher.match("literal yes")).isEmpty();
  }

  @Test
  void regexCharactersInTheLiteralTextMatchThemselves() {
    ParseMatcher matcher = ParseMatcher.of("what is 1+1? {answer}");

    assertThat(entities(matcher, "what is 1+1? two").getString("answer")).isEqualTo("two");
    assertThat(matcher.match("what is 11 two")).isEmpty();
  }

  @Test
  void whitespaceInThePatternMatchesAnyRunOfWhitespace() {
    assertThat(entities(ParseMatcher.of("say {text}"), "say \t  hi").getString("text"))
        .isEqualTo("hi");
    assertThat(ParseMatcher.of("say   {text}").match("say hi")).isPresent();
    assertThat(ParseMatcher.of("say {text}").match("sayhi")).isEmpty();
  }

  @Test
  void caseIsIgnoredByDefaultAndValuesKeepTheirCase() {
    assertThat(entities(ParseMatcher.of("say {text}"), "SAY Hi").getString("text"))
        .isEqualTo("Hi");
  }

  @Test
  void caseMattersWhenAsked() {
    ParseMatcher matcher = new ParseMatcher("say {text}",
        MatcherOptions.parseDefaults().withCaseSensitive(true));

    assertThat(matcher.match("SAY hi")).isEmpty();
    assertThat(matcher.match("say hi")).isPresent();
  }

  @Test
  void matchConditionNeedsTheWholeText() {
    assertThat(ParseMatcher.of("say {text}").match("please say hi")).isEmpty();
    assertThat(ParseMatcher.of("{a} world").match("hello world!")).isEmpty();
  }

  @Test
  void searchConditionFindsThePatternAnywhere() {
    assertThat(entities(searching("say {text}"), "please say hello there").getString("text"))
        .isEqualTo("hello there");
    assertThat(entities(searching("{a} world"), "hello world!").getString("a"))
        .isEqualTo("hello");
  }

  @Test
  void findallConditionFindsThePatternWithoutEntities() {
    ParseMatcher matcher = new ParseMatcher("say {text}",
        MatcherOptions.parseDefaults().withCondition(MatchingCondition.FINDALL));

    assertThat(entities(matcher, "please say hi").isEmpty()).isTrue();
  }

  @Test
  void fieldsMaySpanLines() {
    assertThat(entities(ParseMatcher.of("say {text}"), "say one\ntwo").getString("text"))
        .isEqualTo("one\ntwo");
  }

  @Test
  void repeatedFieldMustMatchTheSameText() {
    ParseMatcher matcher = ParseMatcher.of("{a} and {a}");

    assertThat(entities(matcher, "this and this")).isEqualTo(new JsonObject().put("a", "this"));
    assertThat(matcher.match("this and that")).isEmpty();
  }

  @Test
  void scoreUsesTheFormatLength() {
    assertThat(ParseMatcher.of("say {text}").match("say hi").orElseThrow().score())
        .isCloseTo((1 - 1.0 / 121) * 0.6, within(1e-12));
  }

  @Test
  void unclosedBraceIsRejectedNamingThePattern() {
    assertThatThrownBy(() -> ParseMatcher.of("say {text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'say {text'")
        .hasMessageContaining("Unclosed '{'");
    assertThatThrownBy(() -> ParseMatcher.of("say {te{xt}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unclosed '{'");
  }

  @Test
  void strayClosingBraceIsRejected() {
    assertThatThrownBy(() -> ParseMatcher.of("say text}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'}}'");
  }

  @Test
  void unknownFieldTypeIsRejected() {
    assertThatThrownBy(() -> ParseMatcher.of("wait {n:x}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'wait {n:x}'")
        .hasMessageContaining("Unknown field type 'x'");
  }

  @Test
  void badFieldNameIsRejected() {
    assertThatThrownBy(() -> ParseMatcher.of("{1st}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad field name '1st'");
  }
}
