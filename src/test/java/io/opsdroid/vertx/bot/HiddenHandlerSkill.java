package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** A test skill whose author forgot to make its handler public. */
public class HiddenHandlerSkill extends Skill {

  @MatchRegex("peekaboo")
  Future<Void> peekaboo(Message message) {
    return message.respond("found me");
  }
}
