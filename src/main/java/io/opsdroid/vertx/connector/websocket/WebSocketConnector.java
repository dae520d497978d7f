package io.opsdroid.vertx.connector.websocket;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.auth.TokenCheck;
import io.opsdroid.vertx.module.Connector;
import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.ModuleContext;
import io.opsdroid.vertx.module.ReceivedMessage;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * opsdroid's websocket connector, for its web and desktop chat clients. A client asks
 * {@code POST /connector/<name>} for a socket id, then opens the websocket
 * {@code /connector/<name>/<id>} and writes frames: plain text, or JSON
 * {@code {"message": "...", "user": "..."}}. Replies come back on the same socket as text.
 *
 * <p>The HTTP verticle carries the sockets; this module decides which ids are valid and
 * talks for the bot, over the event bus.
 */
public class WebSocketConnector implements Connector {

  private static final String DEFAULT_USER = "user";

  private ModuleContext context;
  /** The token a client must present to get a socket, or {@code null} for none. */
  private TokenCheck token;
  private int maxConnections;
  private long connectionTimeoutMillis;
  /** Socket ids handed out and not used yet, with when they were handed out. */
  private final Map<String, Long> reserved = new HashMap<>();
  /** Sockets whose handshake the connector accepted, until their outbox listens. */
  private final Set<String> claimed = new HashSet<>();
  /** Sockets that can be written to: their frames come here, replies go back. */
  private final Set<String> open = new HashSet<>();

  @Override
  public Future<Void> start(ModuleContext context) {
    this.context = context;
    ModuleConfig config = context.config();
    String configuredToken = config.getString("token", null);
    token = configuredToken == null ? null : new TokenCheck(configuredToken);
    maxConnections = config.getInt("max-connections", 10, 1, 100_000);
    connectionTimeoutMillis = 1000L * config.getInt("connection-timeout", 60, 1, 86_400);
    config.getString("bot-name", "opsdroid");
    // Read by the bot to pick the connector that say() uses; checked here, where a bad
    // value can stop the module with an error naming the key.
    config.getBoolean("default", false);
    var bus = context.vertx().eventBus();
    return bus.<JsonObject>consumer(Addresses.socketRequested(context.name()),
            this::socketRequested).completion()
        .compose(ready -> bus.<JsonObject>consumer(Addresses.socketEvents(context.name()),
            this::socketEvent).completion());
  }

  /** Closes the open sockets: a stopped connector talks to no one. */
  @Override
  public Future<Void> stop() {
    open.forEach(this::close);
    open.clear();
    claimed.clear();
    reserved.clear();
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> send(String target, String text) {
    if (target == null) {
      open.forEach(socket -> write(socket, text));
      return Future.succeededFuture();
    }
    if (!open.contains(target)) {
      return Future.failedFuture("socket " + target + " is not open");
    }
    write(target, text);
    return Future.succeededFuture();
  }

  private void close(String socket) {
    context.vertx().eventBus().send(Addresses.socketOutbox(socket),
        new JsonObject().put("close", true).put("reason", "connector stopped"));
  }

  private void write(String socket, String text) {
    context.vertx().eventBus().send(Addresses.socketOutbox(socket),
        new JsonObject().put("text", text));
  }

  private void socketRequested(Message<JsonObject> request) {
    if (token != null && !token.acceptsHeader(request.body().getString("authorization"),
        true)) {
      request.fail(FailureCodes.UNAUTHORIZED, "this connector needs its token in"
          + " 'Authorization'");
      return;
    }
    forgetStaleReservations();
    if (open.size() + claimed.size() + liveReservations() >= maxConnections) {
      request.fail(FailureCodes.LIMIT_REACHED, "all " + maxConnections
          + " connections are taken");
      return;
    }
    String socket = UUID.randomUUID().toString();
    reserved.put(socket, now());
    request.reply(new JsonObject().put("socket", socket));
  }

  private void socketEvent(Message<JsonObject> event) {
    JsonObject body = event.body();
    String socket = body.getString("socket", "");
    switch (body.getString("event", "")) {
      case "claim" -> claim(event, socket);
      case "frame" -> frame(socket, body.getString("text", ""));
      case "opened" -> opened(event, socket);
      case "closed" -> {
        claimed.remove(socket);
        open.remove(socket);
      }
      default -> {
        // Events of later versions need nothing here.
      }
    }
  }

  /**
   * The socket's outbox listens: from now on what is written to it arrives, so it counts as
   * open, for replies and for what skills say to everyone. A socket this instance did not
   * claim was claimed by one that has stopped since, and is refused.
   */
  private void opened(Message<JsonObject> event, String socket) {
    if (claimed.remove(socket)) {
      open.add(socket);
      event.reply(new JsonObject());
    } else {
      event.fail(FailureCodes.UNAVAILABLE, "the connector restarted; ask for a new socket");
    }
  }

  private void claim(Message<JsonObject> event, String socket) {
    Long handedOut = reserved.remove(socket);
    if (handedOut == null) {
      event.fail(FailureCodes.INVALID_REQUEST, "unknown socket id");
    } else if (now() - handedOut > connectionTimeoutMillis) {
      event.fail(FailureCodes.EXPIRED, "socket id expired");
    } else {
      claimed.add(socket);
      event.reply(new JsonObject());
    }
  }

  /**
   * A frame is plain text, or a JSON object with a {@code message} and maybe a
   * {@code user}. Replies always go to the socket the frame came on: a {@code socket} field
   * in the frame is ignored, so no client can redirect another user's replies.
   */
  private void frame(String socket, String text) {
    if (!open.contains(socket)) {
      return;
    }
    if (!text.stripLeading().startsWith("{")) {
      context.bot().receive(new ReceivedMessage(text, DEFAULT_USER, null, socket));
      return;
    }
    try {
      JsonObject json = new JsonObject(text);
      if (!(json.getValue("message") instanceof String message)) {
        writeError(socket, "a JSON frame needs a \"message\" string");
        return;
      }
      String user = json.getValue("user") instanceof String name && !name.isBlank() ? name
          : DEFAULT_USER;
      context.bot().receive(new ReceivedMessage(message, user, null, socket));
    } catch (DecodeException e) {
      writeError(socket, "the frame is not valid JSON");
    }
  }

  private void writeError(String socket, String problem) {
    write(socket, new JsonObject().put("error", problem).encode());
  }

  private long liveReservations() {
    long cutoff = now() - connectionTimeoutMillis;
    return reserved.values().stream().filter(at -> at >= cutoff).count();
  }

  /** Expired ids are kept a while to answer 408 rather than 400, then forgotten. */
  private void forgetStaleReservations() {
    long cutoff = now() - 10 * connectionTimeoutMillis;
    List.copyOf(reserved.entrySet()).stream()
        .filter(entry -> entry.getValue() < cutoff)
        .forEach(entry -> reserved.remove(entry.getKey()));
  }

  private static long now() {
    return System.nanoTime() / 1_000_000;
  }
}
