package io.opsdroid.vertx.skill;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a webhook handler may return to answer the call itself, instead of the usual
 * {@code {"called_skill": ...}}.
 *
 * @param status the HTTP status
 * @param headers response headers, name to value
 * @param body any JSON value: an object, an array, a string, a number, a boolean or
 *     {@code null}; sent as JSON
 */
public record WebhookResponse(int status, JsonObject headers, Object body) {

  public WebhookResponse {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("status must be between 200 and 599: " + status);
    }
    if (!isJsonValue(body)) {
      throw new IllegalArgumentException("body must be a JSON value (an object, an array, a"
          + " string, a number, a boolean or null), not a " + body.getClass().getName());
    }
    headers = headers == null ? new JsonObject() : headers.copy();
  }

  private static boolean isJsonValue(Object body) {
    return body == null || body instanceof JsonObject || body instanceof JsonArray
        || body instanceof String || body instanceof Number || body instanceof Boolean;
  }

  public static WebhookResponse of(int status, Object body) {
    return new WebhookResponse(status, new JsonObject(), body);
  }

  public WebhookResponse withHeader(String name, String value) {
    return new WebhookResponse(status, headers.copy().put(name, value), body);
  }

  JsonObject toJson() {
    return new JsonObject().put("status", status).put("headers", headers).put("body", body);
  }
}
