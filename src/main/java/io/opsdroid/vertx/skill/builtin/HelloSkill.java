package io.opsdroid.vertx.skill.builtin;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Greets users who greet the bot, and says goodbye to those who leave. */
public class HelloSkill extends Skill {

  private static final List<String> GREETINGS = List.of("Hi", "Hello", "Hey");
  private static final List<String> FAREWELLS = List.of("Bye", "See you", "Au revoir");

  @MatchRegex(value = "(hi|hello|hey|hallo)\\b", caseSensitive = false)
  public Future<Void> hello(Message message) {
    return message.respond(pick(GREETINGS) + " " + message.user());
  }

  @MatchRegex(value = "(bye( bye)?|see y(a|ou)|au revoir|gtg|i(')?m off)\\b",
      caseSensitive = false)
  public Future<Void> goodbye(Message message) {
    return message.respond(pick(FAREWELLS) + " " + message.user());
  }

  private static String pick(List<String> choices) {
    return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
  }
}
