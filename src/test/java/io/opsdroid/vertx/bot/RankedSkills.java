package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** Two test skills that match the same words with different score factors. */
final class RankedSkills {

  private RankedSkills() {
  }

  public static class Low extends Skill {
    @MatchRegex(value = "deploy", scoreFactor = 0.3)
    public Future<Void> deploy(Message message) {
      return message.respond("low");
    }
  }

  public static class High extends Skill {
    @MatchRegex(value = "deploy", scoreFactor = 0.9)
    public Future<Void> deploy(Message message) {
      return message.respond("high");
    }
  }
}
