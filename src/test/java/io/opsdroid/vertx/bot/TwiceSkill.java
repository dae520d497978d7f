package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** A test skill that answers "twice" with two replies, of which the statistics count one. */
public class TwiceSkill extends Skill {

  @MatchRegex("twice")
  public Future<Void> twice(Message message) {
    return message.respond("once").compose(first -> message.respond("twice"));
  }
}
