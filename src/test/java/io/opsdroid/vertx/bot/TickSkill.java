package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchCrontab;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** A test skill that says "tick" through the default connector every minute. */
public class TickSkill extends Skill {

  @MatchCrontab("* * * * *")
  public Future<Void> tick() {
    return say("tick");
  }
}
