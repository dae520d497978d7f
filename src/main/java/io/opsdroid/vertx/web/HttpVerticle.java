package io.opsdroid.vertx.web;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.JsonDepth;
import io.opsdroid.vertx.auth.TokenCheck;
import io.opsdroid.vertx.config.ConfigException;
import io.opsdroid.vertx.config.CorsSettings;
import io.opsdroid.vertx.config.WebSettings;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.HashSet;
import java.util.Set;

/**
 * Serves opsdroid's REST API. It holds no state: every request becomes an event-bus
 * request to the registry, so any number of instances can share the port.
 *
 * <p>Its deployment config is a {@link WebSettings} in JSON.
 */
public final class HttpVerticle extends VerticleBase {

  private static final Set<String> RESERVED_HEADERS = Set.of(
      "content-type", "content-length", "transfer-encoding", "connection");

  private WebSettings settings;
  private HttpServer server;

  @Override
  public Future<?> start() {
    settings = WebSettings.fromJson(config());
    Router router = Router.router(vertx);
    addCors(router);
    addIndex(router);
    addStats(router);
    addWebhooks(router);
    addConnectors(router);
    if (settings.commandCenter().enabled()) {
      new CommandCenterRoutes(vertx, settings.commandCenter(), bodyHandler()).addTo(router);
    }
    addErrorHandlers(router);
    server = vertx.createHttpServer(serverOptions())
        .requestHandler(router)
        .webSocketHandshakeHandler(new WebSocketBridge(vertx)::handshake);
    return checkTls().compose(checked -> server.listen());
  }

  /** The port the server listens on, once started; useful with port 0. */
  public int actualPort() {
    return server.actualPort();
  }

  private HttpServerOptions serverOptions() {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(settings.host())
        .setPort(settings.port());
    if (settings.ssl()) {
      options.setSsl(true).setKeyCertOptions(pem());
    }
    return options;
  }

  private PemKeyCertOptions pem() {
    return new PemKeyCertOptions()
        .setCertPath(settings.sslCert())
        .setKeyPath(settings.sslKey());
  }

  /**
   * Loads the certificate and key before listening, so that files that are not PEM stop
   * startup with a message naming them rather than with the parser's words alone.
   */
  private Future<Void> checkTls() {
    if (!settings.ssl()) {
      return Future.succeededFuture();
    }
    PemKeyCertOptions pem = pem();
    return vertx.executeBlocking(() -> pem.getKeyManagerFactory(vertx))
        .<Void>mapEmpty()
        .recover(failure -> Future.failedFuture(new ConfigException("'web.ssl' cannot be used:"
            + " certificate " + settings.sslCert() + " and key " + settings.sslKey()
            + " are not a PEM certificate and its key (" + failure.getMessage() + ")")));
  }

  private RawBodyHandler bodyHandler() {
    return new RawBodyHandler(settings.bodyLimit());
  }

  private void addCors(Router router) {
    CorsSettings cors = settings.cors();
    if (!cors.enabled()) {
      return;
    }
    CorsHandler handler = CorsHandler.create()
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PATCH, HttpMethod.OPTIONS));
    if (!cors.allowAll()) {
      handler.addOrigins(cors.origins());
    }
    Set<String> headers = new HashSet<>(cors.allowHeaders());
    headers.add("Authorization");
    headers.add("Content-Type");
    router.route().handler(handler.allowedHeaders(headers));
  }

  private void addIndex(Router router) {
    if (!settings.indexEnabled()) {
      return;
    }
    JsonObject welcome = new JsonObject().put("message", "Welcome to the opsdroid API");
    router.get("/").handler(ctx -> JsonReplies.send(ctx, 200, welcome));
    router.head("/").handler(ctx -> JsonReplies.send(ctx, 200, welcome));
    router.route("/").handler(ctx -> methodNotAllowed(ctx, "GET, HEAD"));
  }

  private void addStats(Router router) {
    router.get("/stats").handler(ctx -> ask(ctx, Addresses.STATS_GET, new JsonObject()));
    router.head("/stats").handler(ctx -> ask(ctx, Addresses.STATS_GET, new JsonObject()));
    router.route("/stats").handler(ctx -> methodNotAllowed(ctx, "GET, HEAD"));
  }

  private void addWebhooks(Router router) {
    String path = "/skill/:skill/:webhook";
    TokenCheck token = settings.webhookToken() == null ? null
        : new TokenCheck(settings.webhookToken());
    // The token is checked first, so that a caller without it cannot make the bot read a
    // body.
    router.post(path)
        .handler(ctx -> checkWebhookToken(ctx, token))
        .handler(bodyHandler())
        .handler(ctx -> callWebhook(ctx, token));
    router.route(path).handler(ctx -> methodNotAllowed(ctx, "POST"));
  }

  private static void checkWebhookToken(RoutingContext ctx, TokenCheck token) {
    if (token == null
        || token.acceptsHeader(ctx.request().getHeader(HttpHeaders.AUTHORIZATION), false)) {
      ctx.next();
    } else {
      unauthorized(ctx, "this webhook needs 'Authorization: Bearer <webhook-token>'");
    }
  }

  private void callWebhook(RoutingContext ctx, TokenCheck token) {
    JsonObject headers = multiMap(ctx.request().headers(), true);
    if (token != null) {
      // The bot's own token, checked: it goes no further, to the skill or over the bus.
      headers.remove("authorization");
    }
    JsonObject call = new JsonObject()
        .put("skill", ctx.pathParam("skill"))
        .put("webhook", ctx.pathParam("webhook"))
        .put("method", ctx.request().method().name())
        .put("path", ctx.request().path())
        .put("headers", headers)
        .put("query", multiMap(ctx.queryParams(), false))
        .put("body", RawBodyHandler.text(ctx));
    // The registry times the skill out itself; this only guards against a lost registry.
    DeliveryOptions delivery = new DeliveryOptions()
        .setSendTimeout(settings.webhookTimeoutMillis() + 5_000);
    vertx.eventBus().<JsonObject>request(Addresses.WEBHOOK_CALL, call, delivery)
        .onSuccess(reply -> sendWebhookReply(ctx, reply.body()))
        .onFailure(failure -> busFailure(ctx, failure));
  }

  private static void sendWebhookReply(RoutingContext ctx, JsonObject reply) {
    JsonObject headers = reply.getJsonObject("headers", new JsonObject());
    headers.forEach(header -> {
      if (!RESERVED_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        ctx.response().putHeader(header.getKey(), String.valueOf(header.getValue()));
      }
    });
    JsonReplies.send(ctx, reply.getInteger("status", 200), reply.getValue("body"));
  }

  private void addConnectors(Router router) {
    router.post("/connector/:connector").handler(this::requestSocket);
    router.route("/connector/:connector").handler(ctx -> methodNotAllowed(ctx, "POST"));
  }

  /** Asks a websocket connector for a socket id, which the client then opens. */
  private void requestSocket(RoutingContext ctx) {
    JsonObject request = new JsonObject()
        .put("authorization", ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    String address = Addresses.socketRequested(ctx.pathParam("connector"));
    vertx.eventBus().<JsonObject>request(address, request)
        .onSuccess(reply -> JsonReplies.send(ctx, 200, reply.body()))
        .onFailure(failure -> busFailure(ctx, failure));
  }

  private void ask(RoutingContext ctx, String address, JsonObject request) {
    vertx.eventBus().<JsonObject>request(address, request)
        .onSuccess(reply -> JsonReplies.send(ctx, 200, reply.body()))
        .onFailure(failure -> busFailure(ctx, failure));
  }

  private static void addErrorHandlers(Router router) {
    router.route().last().handler(ctx -> JsonReplies.error(ctx, 404, "not found: "
        + ctx.request().path()));
    router.errorHandler(413, ctx -> JsonReplies.error(ctx, 413, "request body too large"));
    router.errorHandler(400, ctx -> JsonReplies.error(ctx, 400, "bad request"));
    // The CORS handler refuses an origin it does not know with 403.
    router.errorHandler(403, ctx -> JsonReplies.error(ctx, 403, "this origin is not allowed"));
    router.errorHandler(405, ctx -> JsonReplies.error(ctx, 405, "method not allowed"));
    router.errorHandler(500, ctx -> JsonReplies.error(ctx, 500, "internal error"));
  }

  static void busFailure(RoutingContext ctx, Throwable failure) {
    JsonReplies.error(ctx, BusFailures.status(failure), BusFailures.message(failure));
  }

  static void methodNotAllowed(RoutingContext ctx, String allowed) {
    ctx.response().putHeader(HttpHeaders.ALLOW, allowed);
    JsonReplies.error(ctx, 405, ctx.request().method().name() + " is not allowed here; use "
        + allowed);
  }

  static void unauthorized(RoutingContext ctx, String message) {
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"opsdroid\"");
    JsonReplies.error(ctx, 401, message);
  }

  /** Header names in lower case, as HTTP/2 sends them; each name maps to all its values. */
  private static JsonObject multiMap(MultiMap values, boolean lowerCaseNames) {
    JsonObject result = new JsonObject();
    for (String name : values.names()) {
      String key = lowerCaseNames ? name.toLowerCase(java.util.Locale.ROOT) : name;
      result.put(key, new JsonArray(values.getAll(name)));
    }
    return result;
  }

  /**
   * Decodes a JSON request body, or answers 400 and gives {@code null}. A body nested
   * deeper than {@link JsonDepth#MAX} is refused here, before it crosses the event bus.
   */
  static Object jsonBody(RoutingContext ctx) {
    String body = RawBodyHandler.text(ctx);
    if (body.isBlank()) {
      JsonReplies.error(ctx, 400, "the body must be a JSON object");
      return null;
    }
    Object decoded;
    try {
      decoded = Json.decodeValue(body);
    } catch (DecodeException e) {
      JsonReplies.error(ctx, 400, "the body is not valid JSON");
      return null;
    }
    if (decoded == null) {
      JsonReplies.error(ctx, 400, "the body must be a JSON object");
    } else if (JsonDepth.exceeds(decoded, JsonDepth.MAX)) {
      JsonReplies.error(ctx, 400, "the body nests deeper than " + JsonDepth.MAX + " levels");
      return null;
    }
    return decoded;
  }
}
