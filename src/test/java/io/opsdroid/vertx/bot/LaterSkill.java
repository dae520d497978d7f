package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;

/**
 * A test skill whose handler returns at once and answers a moment later, as a handler does
 * that starts a call of its own and does not return the call's future.
 */
public class LaterSkill extends Skill {

  @MatchRegex("later")
  public void later(Message message) {
    vertx().setTimer(50, id -> message.respond("here it is"));
  }
}
