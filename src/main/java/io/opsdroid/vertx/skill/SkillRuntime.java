package io.opsdroid.vertx.skill;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a skill's handlers for the requests the registry sends to {@link Addresses#skillRun}:
 * {@code {"handler": index, "message": {...}, "entities": {...}}} for chat matchers,
 * {@code {"handler": index, "request": {...}}} for webhooks, {@code {"handler": index}} for
 * schedules. Replies {@code {}}, or a webhook's own response, when the handler completes.
 */
public final class SkillRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(SkillRuntime.class);

  private final Vertx vertx;
  private final String name;
  private final Skill skill;
  private final SkillDescriptor descriptor;

  public SkillRuntime(Vertx vertx, String name, Skill skill) {
    this.vertx = vertx;
    this.name = name;
    this.skill = skill;
    this.descriptor = SkillDescriptor.of(skill.getClass());
  }

  /**
   * Takes requests on the skill's address until the consumer is unregistered, or the
   * skill's verticle undeployed.
   */
  public MessageConsumer<JsonObject> bind() {
    return vertx.eventBus().consumer(Addresses.skillRun(name), this::handle);
  }

  private void handle(io.vertx.core.eventbus.Message<JsonObject> request) {
    JsonObject body = request.body();
    SkillHandler handler;
    try {
      handler = descriptor.handler(body.getInteger("handler"));
    } catch (RuntimeException e) {
      request.fail(FailureCodes.INVALID_REQUEST, "skill '" + name + "' has no such handler");
      return;
    }
    run(handler, argumentFor(handler, body))
        .onSuccess(result -> request.reply(replyFor(result)))
        .onFailure(failure -> {
          LOG.error("Skill '{}' failed in {}", name, handler.method().getName(), failure);
          request.fail(FailureCodes.SKILL_FAILED, "skill '" + name + "' failed: "
              + failure.getMessage());
        });
  }

  private Object argumentFor(SkillHandler handler, JsonObject body) {
    Class<?> type = handler.parameterType();
    if (type == Message.class) {
      JsonObject message = body.getJsonObject("message", new JsonObject());
      return new Message(message, body.getJsonObject("entities", new JsonObject()),
          text -> respond(message, text));
    }
    if (type == WebhookRequest.class) {
      return new WebhookRequest(body.getJsonObject("request", new JsonObject()));
    }
    return null;
  }

  private Future<Void> respond(JsonObject message, String text) {
    JsonObject send = new JsonObject()
        .put("connector", message.getString("connector"))
        .put("target", message.getString("target"))
        .put("text", text)
        .put("in_reply_to", message.getString("id"));
    return vertx.eventBus().request(Addresses.MESSAGE_SEND, send).mapEmpty();
  }

  private Future<Object> run(SkillHandler handler, Object argument) {
    if (handler.blocking()) {
      return vertx.executeBlocking(() -> invoke(handler, argument), false)
          .compose(SkillRuntime::settle);
    }
    try {
      return settle(invoke(handler, argument));
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }

  private Object invoke(SkillHandler handler, Object argument) throws Exception {
    try {
      return handler.parameterType() == null
          ? handler.method().invoke(skill)
          : handler.method().invoke(skill, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** A handler's result, waited for when it is a future. */
  @SuppressWarnings("unchecked")
  private static Future<Object> settle(Object result) {
    return result instanceof Future<?> future
        ? (Future<Object>) future
        : Future.succeededFuture(result);
  }

  private static JsonObject replyFor(Object result) {
    return result instanceof WebhookResponse response ? response.toJson() : new JsonObject();
  }
}
