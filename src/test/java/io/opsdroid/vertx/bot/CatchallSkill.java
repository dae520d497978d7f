package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchCatchall;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** A test skill that says so when no other skill matched a message. */
public class CatchallSkill extends Skill {

  @MatchCatchall
  public Future<Void> unmatched(Message message) {
    return message.respond("no skill matched: " + message.text());
  }
}
