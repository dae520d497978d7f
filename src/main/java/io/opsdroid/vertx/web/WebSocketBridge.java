package io.opsdroid.vertx.web;

import io.opsdroid.vertx.api.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries websockets of connectors over the event bus, so that the connector, not this
 * stateless verticle, owns the conversation: {@code /connector/<name>/<socket id>} is
 * accepted when the connector claims the id, frames go to the connector, and whatever the
 * connector sends to {@link Addresses#socketOutbox} is written to the socket.
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
    JsonObject claim = new JsonObject().put("event", "claim").put("socket", socket);
    vertx.eventBus().request(Addresses.socketEvents(connector), claim)
        .onSuccess(claimed -> handshake.accept()
            .onSuccess(webSocket -> bridge(connector, socket, webSocket))
            // The connector counts the claimed socket as taken: give its place back.
            .onFailure(failure -> closed(connector, socket)))
        .onFailure(failure -> handshake.reject(BusFailures.status(failure)));
  }

  /**
   * Reads no frame until the socket's outbox takes what the connector writes, then tells
   * the connector the socket is open: a reply, or what a skill says to everyone, never goes
   * to an outbox that is not there yet. The bus keeps the order of what this verticle
   * sends, so the connector hears "opened" before the first frame.
   */
  private void bridge(String connector, String socket, ServerWebSocket webSocket) {
    webSocket.pause();
    String events = Addresses.socketEvents(connector);
    MessageConsumer<JsonObject> outbox = vertx.eventBus().consumer(
        Addresses.socketOutbox(socket), message -> {
          JsonObject frame = message.body();
          if (frame.getBoolean("close", false)) {
            webSocket.close((short) 1001, frame.getString("reason", "connector stopped"));
          } else {
            webSocket.writeTextMessage(frame.getString("text", ""));
          }
        });
    webSocket.textMessageHandler(text -> vertx.eventBus().send(events, new JsonObject()
        .put("event", "frame").put("socket", socket).put("text", text)));
    // opsdroid's protocol is text: a binary frame is refused, and the socket stays open.
    webSocket.binaryMessageHandler(data -> webSocket.writeTextMessage(BINARY_REFUSED));
    webSocket.closeHandler(ignored -> {
      outbox.unregister();
      closed(connector, socket);
    });
    outbox.completion()
        .onSuccess(ready -> {
          vertx.eventBus().send(events,
              new JsonObject().put("event", "opened").put("socket", socket));
          webSocket.resume();
        })
        .onFailure(failure -> webSocket.close((short) 1011, "the bot cannot carry replies"));
  }

  private void closed(String connector, String socket) {
    vertx.eventBus().send(Addresses.socketEvents(connector),
        new JsonObject().put("event", "closed").put("socket", socket));
  }
}
