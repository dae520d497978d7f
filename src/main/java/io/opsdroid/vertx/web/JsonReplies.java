package io.opsdroid.vertx.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Every reply with a body is JSON, errors included. */
final class JsonReplies {

  static final String JSON = "application/json";

  private JsonReplies() {
  }

  static void send(RoutingContext ctx, int status, Object body) {
    HttpServerResponse response = ctx.response();
    if (response.ended()) {
      return;
    }
    Buffer json = Json.encodeToBuffer(body);
    response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON);
    if (ctx.request().method() == HttpMethod.HEAD) {
      // The headers a GET would get, its length included, and no body.
      response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(json.length())).end();
    } else {
      response.end(json);
    }
  }

  static void error(RoutingContext ctx, int status, String message) {
    send(ctx, status, new JsonObject().put("error", message));
  }
}
