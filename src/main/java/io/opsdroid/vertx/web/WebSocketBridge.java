package io.opsdroid.vertx.web;

import io.opsdroid.vertx.api.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries websockets of connectors over the event bus, so that the connector, not this
 * stateless verticle, owns the conversation: {@code /connector/<name>/<socket id>} is
 * accepted when the connector claims the id, frames go to the connector, and whatever the
 * connector sends to {@link Addresses#socketOutbox} is written to the socket.
 *
 * <p>The handshake completes only once the connector counts the socket as open and its
 * outbox listens, so a client that sees its socket open misses nothing said after that,
 * neither the reply to its first frame nor what a skill says to every socket.
 */
final class WebSocketBridge {

  private static final Pattern PATH = Pattern.compile("/connector/([^/]+)/([^/]+)/?");
  private static final String BINARY_REFUSED = new JsonObject()
      .put("error", "binary frames are not read; send text or JSON as a text frame")
      .encode();

  private final Vertx vertx;

  WebSocketBridge(Vertx vertx) {
    this.vertx = vertx;
  }

  void handshake(ServerWebSocketHandshake handshake) {
    Matcher path = PATH.matcher(handshake.path());
    if (!path.matches()) {
      handshake.reject(404);
      return;
    }
    String connector = path.group(1);
    String socket = path.group(2);

    tellConnector(connector, "claim", socket)
        .onFailure(refused -> handshake.reject(BusFailures.status(refused)))
        .onSuccess(claimed -> accept(handshake, connector, socket));
  }

  /** The connector gave the id: the outbox listens first, then the client is let in. */
  private void accept(ServerWebSocketHandshake handshake, String connector, String socket) {
    openOutbox(connector, socket)
        .onFailure(failure -> {
          // The connector counts the claimed socket as taken: give its place back.
          closed(connector, socket);
          handshake.reject(BusFailures.status(failure));
        })
        .onSuccess(outbox -> handshake.accept()
            .onSuccess(webSocket -> bridge(connector, socket, webSocket, outbox))
            .onFailure(failure -> {
              outbox.unregister();
              closed(connector, socket);
            }));
  }

  /** Listens on the socket's outbox, then has the connector count the socket as open. */
  private Future<Outbox> openOutbox(String connector, String socket) {
    Outbox outbox = new Outbox(vertx.eventBus().consumer(Addresses.socketOutbox(socket)));
    return outbox.listening()
        .compose(listening -> tellConnector(connector, "opened", socket))
        .map(opened -> outbox)
        .onFailure(failure -> outbox.unregister());
  }

  private void bridge(String connector, String socket, ServerWebSocket webSocket,
      Outbox outbox) {
    String events = Addresses.socketEvents(connector);
    webSocket.textMessageHandler(text -> vertx.eventBus().send(events, new JsonObject()
        .put("event", "frame").put("socket", socket).put("text", text)));
    // opsdroid's protocol is text: a binary frame is refused, and the socket stays open.
    webSocket.binaryMessageHandler(data -> webSocket.writeTextMessage(BINARY_REFUSED));
    webSocket.closeHandler(ignored -> {
      outbox.unregister();
      closed(connector, socket);
    });

    outbox.deliverTo(webSocket);
  }

  private Future<Void> tellConnector(String connector, String event, String socket) {
    return vertx.eventBus().request(Addresses.socketEvents(connector),
        new JsonObject().put("event", event).put("socket", socket))
        .mapEmpty();
  }

  private void closed(String connector, String socket) {
    vertx.eventBus().send(Addresses.socketEvents(connector),
        new JsonObject().put("event", "closed").put("socket", socket));
  }

  /**
   * What the connector writes to one socket. Frames that arrive between the connector's
   * count of the socket as open and the end of the handshake wait here, in order.
   */
  private static final class Outbox {

    private final MessageConsumer<JsonObject> consumer;
    private final List<JsonObject> waiting = new ArrayList<>();
    private ServerWebSocket webSocket;

    Outbox(MessageConsumer<JsonObject> consumer) {
      this.consumer = consumer;
      consumer.handler(message -> take(message.body()));
    }

    Future<Void> listening() {
      return consumer.completion();
    }

    void deliverTo(ServerWebSocket webSocket) {
      this.webSocket = webSocket;
      waiting.forEach(this::write);
      waiting.clear();
    }

    void unregister() {
      consumer.unregister();
    }

    private void take(JsonObject frame) {
      if (webSocket == null) {
        waiting.add(frame);
      } else {
        write(frame);
      }
    }

    private void write(JsonObject frame) {
      if (frame.getBoolean("close", false)) {
        webSocket.close((short) 1001, frame.getString("reason", "connector stopped"));
      } else {
        webSocket.writeTextMessage(frame.getString("text", ""));
      }
    }
  }
}
