package io.opsdroid.vertx.skill.builtin;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** Shouts back at users who shout: a message of at least three capitals and no lower case. */
public class LoudNoisesSkill extends Skill {

  @MatchRegex(value = "[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*",
      matchingCondition = "fullmatch")
  public Future<Void> shout(Message message) {
    return message.respond("LOUD NOISES! " + message.text());
  }
}
