package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchAlways;
import io.opsdroid.vertx.skill.MatchCatchall;
import io.opsdroid.vertx.skill.MatchEvent;
import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/**
 * A test skill with one handler of each kind that does not score, and one that does. One
 * skill, so that its runs, and so its replies, keep the order in which they were asked for.
 */
public class EveryKindSkill extends Skill {

  @MatchRegex("ping")
  public Future<Void> ping(Message message) {
    return message.respond("pong");
  }

  @MatchAlways
  public Future<Void> always(Message message) {
    return message.respond("always: " + message.text());
  }

  @MatchEvent("Message")
  public Future<Void> event(Message message) {
    return message.respond("event: " + message.text());
  }

  @MatchCatchall
  public Future<Void> catchall(Message message) {
    return message.respond("catchall: " + message.text());
  }
}
