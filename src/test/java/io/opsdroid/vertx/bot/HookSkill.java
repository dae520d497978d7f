package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.MatchWebhook;
import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.skill.WebhookRequest;
import io.opsdroid.vertx.skill.WebhookResponse;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;

/** A test skill with webhooks that answer themselves, say nothing, throw, or never answer. */
public class HookSkill extends Skill {

  /** Answers 202 with what it was given, so a test sees that the request reached it. */
  @MatchWebhook("echo")
  public WebhookResponse echo(WebhookRequest request) {
    JsonObject seen = new JsonObject()
        .put("webhook", request.webhook())
        .put("method", request.method())
        .put("query", request.query("q"))
        .put("header", request.header("X-Custom"))
        .put("body", request.bodyAsJson());
    return WebhookResponse.of(202, seen).withHeader("X-Skill", name());
  }

  /** Shows the Authorization header it was given, if any. */
  @MatchWebhook("authorization")
  public WebhookResponse authorization(WebhookRequest request) {
    return WebhookResponse.of(200, new JsonObject()
        .put("given", request.header("Authorization") != null)
        .put("authorization", request.header("Authorization")));
  }

  @MatchWebhook("plain")
  public void plain() {
    // Answers nothing of its own: the bot's usual reply goes out.
  }

  /** Answers with a body that is no JSON value, as a careless author might. */
  @MatchWebhook("dated")
  public WebhookResponse dated() {
    return WebhookResponse.of(200, new java.util.Date());
  }

  @MatchWebhook("boom")
  public void boom() {
    throw new IllegalStateException("this webhook fails on purpose");
  }

  @MatchWebhook("silent")
  public Future<Void> silent() {
    return Promise.<Void>promise().future();
  }
}
