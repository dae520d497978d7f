package io.opsdroid.vertx.skill;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/** The HTTP request that called a skill's webhook. */
public final class WebhookRequest {

  private final JsonObject json;

  WebhookRequest(JsonObject json) {
    this.json = json;
  }

  /** The webhook's name, as in {@link MatchWebhook}. */
  public String webhook() {
    return json.getString("webhook");
  }

  public String method() {
    return json.getString("method");
  }

  public String path() {
    return json.getString("path");
  }

  /** A header's first value, or {@code null}; names are matched without regard to case. */
  public String header(String name) {
    JsonObject headers = json.getJsonObject("headers", new JsonObject());
    Object value = headers.getValue(name.toLowerCase(java.util.Locale.ROOT));
    return value instanceof io.vertx.core.json.JsonArray list && !list.isEmpty()
        ? list.getString(0) : null;
  }

  /** A query parameter's first value, or {@code null}. */
  public String query(String name) {
    Object value = json.getJsonObject("query", new JsonObject()).getValue(name);
    return value instanceof io.vertx.core.json.JsonArray list && !list.isEmpty()
        ? list.getString(0) : null;
  }

  /** The body as it came, or an empty string. */
  public String body() {
    return json.getString("body", "");
  }

  /**
   * The body as a JSON value: an object, an array, a string, a number, a boolean.
   *
   * @throws DecodeException when the body is not JSON
   */
  public Object bodyAsJson() {
    return Json.decodeValue(body());
  }
}
