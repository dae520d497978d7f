package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.skill.Skill;

/**
 * A test skill that remembers the thread its class was initialised on: the registry must
 * load a skill's own code off its event loop, since a static initialiser may block.
 */
public class LoadProbeSkill extends Skill {

  /** The name of the thread that loaded this class. */
  public static final String LOADED_ON = Thread.currentThread().getName();
}
