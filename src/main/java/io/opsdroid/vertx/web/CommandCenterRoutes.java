package io.opsdroid.vertx.web;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.auth.TokenCheck;
import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.config.CommandCenterSettings;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The command center: {@code GET} and {@code PATCH} on {@code /connectors}, {@code /skills},
 * {@code /databases} and {@code /parsers}, and {@code GET /config}. Every method needs the
 * token, given as {@code Authorization: <token>} (what opsdroid's clients send) or
 * {@code Authorization: Bearer <token>}.
 */
final class CommandCenterRoutes {

  private final Vertx vertx;
  private final TokenCheck token;
  private final RawBodyHandler bodyHandler;

  CommandCenterRoutes(Vertx vertx, CommandCenterSettings settings,
      RawBodyHandler bodyHandler) {
    this.vertx = vertx;
    this.token = new TokenCheck(settings.token());
    this.bodyHandler = bodyHandler;
  }

  void addTo(Router router) {
    for (ModuleType type : ModuleType.values()) {
      String path = "/" + type.section();
      router.route(path).handler(this::authenticate);
      router.get(path).handler(ctx -> list(ctx, type));
      router.head(path).handler(ctx -> list(ctx, type));
      router.patch(path).handler(bodyHandler).handler(ctx -> patch(ctx, type));
      router.route(path).handler(ctx -> HttpVerticle.methodNotAllowed(ctx,
          "GET, HEAD, PATCH"));
    }
    router.route("/config").handler(this::authenticate);
    router.get("/config").handler(this::config);
    router.head("/config").handler(this::config);
    router.route("/config").handler(ctx -> HttpVerticle.methodNotAllowed(ctx, "GET, HEAD"));
  }

  private void authenticate(RoutingContext ctx) {
    if (token.acceptsHeader(ctx.request().getHeader(HttpHeaders.AUTHORIZATION), true)) {
      ctx.next();
    } else {
      HttpVerticle.unauthorized(ctx, "the command center needs 'Authorization: <token>'");
    }
  }

  private void list(RoutingContext ctx, ModuleType type) {
    JsonObject request = new JsonObject().put("module_type", type.section());
    vertx.eventBus().<JsonObject>request(Addresses.MODULES_LIST, request)
        .onSuccess(reply -> JsonReplies.send(ctx, 200, reply.body()))
        .onFailure(failure -> HttpVerticle.busFailure(ctx, failure));
  }

  private void config(RoutingContext ctx) {
    vertx.eventBus().<JsonObject>request(Addresses.CONFIG_GET, new JsonObject())
        .onSuccess(reply -> JsonReplies.send(ctx, 200, reply.body()))
        .onFailure(failure -> HttpVerticle.busFailure(ctx, failure));
  }

  /**
   * Sends the body on to the registry, which checks it; the route's own check is that the
   * body changes a module of the route's type, so that {@code PATCH /databases} cannot
   * change a parser.
   */
  private void patch(RoutingContext ctx, ModuleType type) {
    Object body = HttpVerticle.jsonBody(ctx);
    if (body == null) {
      return;
    }
    if (!(body instanceof JsonObject request)) {
      JsonReplies.error(ctx, 400, "the body must be a JSON object");
      return;
    }
    if (request.getValue("module_type") instanceof String moduleType
        && !moduleType.equals(type.section())) {
      JsonReplies.error(ctx, 400, "'module_type' is '" + moduleType + "' but this route"
          + " changes " + type.section());
      return;
    }
    DeliveryOptions patience = new DeliveryOptions()
        .setSendTimeout(Addresses.MODULE_PATCH_REPLY_MILLIS);
    vertx.eventBus().<JsonObject>request(Addresses.MODULE_PATCH, request, patience)
        .onSuccess(reply -> JsonReplies.send(ctx, 200, reply.body()))
        .onFailure(failure -> HttpVerticle.busFailure(ctx, failure));
  }
}
