package io.opsdroid.vertx.skill.builtin;

import io.opsdroid.vertx.skill.MatchWebhook;
import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.skill.WebhookRequest;
import io.opsdroid.vertx.skill.WebhookResponse;
import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * The webhook of opsdroid's documentation: {@code POST /skill/examplewebhookskill/examplewebhook}
 * says the posted JSON through the default connector.
 */
public class ExampleWebhookSkill extends Skill {

  @MatchWebhook("examplewebhook")
  public Future<WebhookResponse> examplewebhook(WebhookRequest request) {
    Object posted;
    try {
      posted = request.body().isBlank() ? new JsonObject() : request.bodyAsJson();
    } catch (DecodeException e) {
      return Future.succeededFuture(WebhookResponse.of(400,
          new JsonObject().put("error", "the body must be JSON")));
    }
    return say(Json.encode(posted)).map(said -> null);
  }
}
