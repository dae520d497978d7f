package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.skill.MatchWebhook;
import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.skill.WebhookRequest;
import io.opsdroid.vertx.skill.WebhookResponse;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test skill that says who answers: its webhook {@code whoami} replies
 * {@code {"instance": n, "value": ...}}, where {@code n} is unique to this instance and
 * {@code value} comes from the live config. A test sees from it whether a module was
 * restarted, and with which config.
 */
public abstract class WhoAmISkill extends Skill {

  private static final AtomicLong INSTANCES = new AtomicLong();

  private final long instance = INSTANCES.incrementAndGet();

  @MatchWebhook("whoami")
  public WebhookResponse whoami(WebhookRequest request) {
    JsonObject body = new JsonObject()
        .put("instance", instance)
        .put("value", config().json().getValue("value"));
    return WebhookResponse.of(200, body);
  }

  protected long instance() {
    return instance;
  }
}
