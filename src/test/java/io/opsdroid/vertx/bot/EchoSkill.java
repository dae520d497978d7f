package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchParse;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** A test skill with a format pattern: "say {text}" answers with the text. */
public class EchoSkill extends Skill {

  @MatchParse("say {text}")
  public Future<Void> say(Message message) {
    return message.respond(message.entity("text"));
  }
}
