package io.opsdroid.vertx.skill.builtin;

import io.opsdroid.vertx.skill.MatchAlways;
import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Remembers when it last saw each user, in the bot's memory, and answers
 * "when did you last see alice?".
 */
public class SeenSkill extends Skill {

  private final Clock clock = Clock.systemUTC();

  @MatchAlways
  public Future<Void> remember(Message message) {
    JsonObject sighting = new JsonObject()
        .put("user", message.user())
        .put("at", clock.instant().toString())
        .put("text", message.text());
    return memory().put(key(message.user()), sighting);
  }

  @MatchRegex(value = "when did you last see (?<name>[^?]+?)\\s*\\??$", caseSensitive = false,
      matchingCondition = "search")
  public Future<Void> lastSeen(Message message) {
    String name = message.entity("name");
    return memory().get(key(name))
        .map(stored -> answer(name, stored))
        .compose(message::respond);
  }

  private String answer(String name, Object stored) {
    if (!(stored instanceof JsonObject sighting)) {
      return "I have not seen " + name;
    }
    Duration elapsed = Duration.between(Instant.parse(sighting.getString("at")),
        clock.instant());
    return "I last saw " + sighting.getString("user") + " " + Ago.describe(elapsed);
  }

  private static String key(String user) {
    return "seen." + user.strip().toLowerCase(Locale.ROOT);
  }
}
