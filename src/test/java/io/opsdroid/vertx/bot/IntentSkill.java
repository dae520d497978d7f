package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchCatchall;
import io.opsdroid.vertx.skill.MatchIntent;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/** A test skill that answers the intents of {@link KeywordParser}. */
public class IntentSkill extends Skill {

  @MatchIntent(value = "deploy", parser = "keywords")
  public Future<Void> deploy(Message message) {
    return message.respond("deploying " + message.entity("service"));
  }

  @MatchIntent("greet")
  public Future<Void> greet(Message message) {
    return message.respond("greetings");
  }

  @MatchCatchall
  public Future<Void> unmatched(Message message) {
    return message.respond("catchall: " + message.text());
  }
}
