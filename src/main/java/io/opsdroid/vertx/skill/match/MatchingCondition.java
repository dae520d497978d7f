package io.opsdroid.vertx.skill.match;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where in a message's text a pattern has to match, named as in opsdroid's configuration. */
public enum MatchingCondition {

  /** The pattern has to match at the start of the text, like Python's {@code re.match}. */
  MATCH,
  /** The pattern may match anywhere in the text. */
  SEARCH,
  /** The pattern has to match the whole text. */
  FULLMATCH,
  /** The pattern may match anywhere, and the match carries no entities. */
  FINDALL;

  /**
   * Reads a condition as written in a skill's configuration, ignoring case.
   *
   * @throws IllegalArgumentException when the name is none of match, search, fullmatch, findall
   */
  public static MatchingCondition of(String name) {
    if (name != null) {
      for (MatchingCondition condition : values()) {
        if (condition.configName().equalsIgnoreCase(name.strip())) {
          return condition;
        }
      }
    }
    throw new IllegalArgumentException(
        "Unknown matching condition '" + name + "', expected one of " + names());
  }

  /** The name used in configuration files, for example {@code fullmatch}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String names() {
    return Arrays.stream(values())
        .map(MatchingCondition::configName)
        .collect(Collectors.joining(", "));
  }
}
