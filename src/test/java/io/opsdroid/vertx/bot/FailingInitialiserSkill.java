package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.Skill;

/** A test skill whose static initialiser throws, as one with a missing resource might. */
public class FailingInitialiserSkill extends Skill {

  static {
    if (Boolean.parseBoolean("true")) {
      throw new IllegalStateException("no settings file next to the jar");
    }
  }
}
