package io.opsdroid.vertx.skill.match;

import java.math.BigInteger;
import java.util.function.Function;

/** The field types a parse pattern understands, written after a colon: {@code {count:d}}. */
enum ParseFieldType {

  /** No type: any text, at least one character. */
  TEXT("", ".+?", text -> text),
  /** {@code d}: a whole number with an optional sign; its entity is a number. */
  INTEGER("d", "[-+]?[0-9]+", ParseFieldType::toInteger),
  /**
   * {@code f}: a decimal number; its entity is a number. Unlike Python's {@code parse}, which
   * insists on a decimal point, a whole number is accepted too: a chat user who types "20" for
   * a temperature should not be ignored.
   */
  FLOAT("f", "[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)", Double::valueOf),
  /** {@code w}: letters, digits and underscores. */
  WORD("w", "\\w+", text -> text);

  private final String code;
  private final String regex;
  private final Function<String, Object> converter;

  ParseFieldType(String code, String regex, Function<String, Object> converter) {
    this.code = code;
    this.regex = regex;
    this.converter = converter;
  }

  /**
   * The type written as {@code code} in a pattern.
   *
   * @throws IllegalArgumentException for a type this port does not support
   */
  static ParseFieldType of(String code) {
    for (ParseFieldType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown field type '" + code + "'");
  }

  String regex() {
    return regex;
  }

  /** Turns the matched text into the entity value. */
  Object convert(String text) {
    return converter.apply(text);
  }

  private static Object toInteger(String text) {
    BigInteger value = new BigInteger(text);
    // Keep ordinary numbers as longs, which every JSON consumer handles.
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }
}
