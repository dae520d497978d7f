package io.opsdroid.vertx.bot;

/**
 * A test class that is named as a skill but is none. Its static initialiser leaves a mark,
 * so that a test can tell whether the bot ran any of its code.
 */
public class NotASkill {

  /** The system property its static initialiser sets. */
  public static final String INITIALISED = "opsdroid.test.not-a-skill.initialised";

  static {
    System.setProperty(INITIALISED, "true");
  }
}
