package io.opsdroid.vertx.skill.builtin;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Dances when asked to. */
public class DanceSkill extends Skill {

  static final List<String> DANCES = List.of(
      "\\o/ _o_ \\o/ _o_",
      "<(^_^<) (>^_^)> <(^_^)>",
      "~(^-^)~ ~(^-^)~ ~(^-^)~",
      "(>'-')> <('-'<) ^('-')^ v('-')v");

  @MatchRegex(value = "dance", caseSensitive = false, matchingCondition = "search")
  public Future<Void> dance(Message message) {
    return message.respond(DANCES.get(ThreadLocalRandom.current().nextInt(DANCES.size())));
  }
}
