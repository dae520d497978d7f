package com.example.ping;

import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Future;

/**
 * A skill of one's own: answers "ping" with "pong", or with the {@code reply} of its
 * configuration.
 *
 * <pre>{@code
 * skills:
 *   ping:
 *     module: com.example.ping.PingSkill
 *     path: /opt/opsdroid/skills/ping-skill.jar
 *     reply: pong
 * }</pre>
 */
public class PingSkill extends Skill {

  private String reply;

  /** Reads the configuration once, when the skill starts; a bad value stops the skill. */
  @Override
  protected Future<Void> onStart() {
    reply = config().getString("reply", "pong");
    if (reply.isBlank()) {
      return Future.failedFuture(config().invalid("reply", "must not be blank"));
    }
    return Future.succeededFuture();
  }

  @MatchRegex(value = "ping\\b", caseSensitive = false)
  public Future<Void> ping(Message message) {
    return message.respond(reply);
  }
}
