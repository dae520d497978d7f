package io.opsdroid.vertx.testing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A chat over a real websocket, as opsdroid's web client holds it: frames the bot wrote are
 * kept in arrival order until the test takes them, so none is lost between two steps.
 */
public final class ChatClient {

  private final WebSocket socket;
  private final Deque<String> frames = new ArrayDeque<>();
  private final Deque<Promise<String>> waiting = new ArrayDeque<>();
  private final Promise<Short> closed = Promise.promise();

  private ChatClient(WebSocket socket) {
    this.socket = socket;
    socket.textMessageHandler(this::received);
    socket.closeHandler(ignored -> closed.tryComplete(socket.closeStatusCode()));
  }

  /**
   * Asks {@code bot}'s websocket connector {@code connector} for a socket and opens it. The
   * client takes the frames from within the connect's own callback, before any can be handed
   * on: a chain continued from the test's thread may run too late for the first ones.
   */
  public static Future<ChatClient> open(TestBot bot, String connector) {
    return bot.socketId(connector)
        .compose(socket -> bot.connect(connector, socket).map(ChatClient::new));
  }

  public static ChatClient of(WebSocket socket) {
    return new ChatClient(socket);
  }

  /** Writes {@code text} as a frame and gives the next frame the bot writes. */
  public Future<String> ask(String text) {
    return socket.writeTextMessage(text).compose(sent -> next());
  }

  /** Writes {@code text} as the JSON frame {@code {"message": text, "user": user}}. */
  public Future<String> askAs(String user, String text) {
    return ask(new JsonObject().put("message", text).put("user", user).encode());
  }

  /** Writes {@code text} in UTF-8 as a binary frame and gives the next frame the bot writes. */
  public Future<String> askInBinary(String text) {
    return socket.writeBinaryMessage(Buffer.buffer(text)).compose(sent -> next());
  }

  public Future<Void> write(String text) {
    return socket.writeTextMessage(text);
  }

  /** The next frame the bot writes, or one it wrote and no one took yet. */
  public synchronized Future<String> next() {
    String frame = frames.poll();
    if (frame != null) {
      return Future.succeededFuture(frame);
    }
    Promise<String> promise = Promise.promise();
    waiting.add(promise);
    return promise.future();
  }

  /** The next {@code count} frames, in order. */
  public Future<List<String>> next(int count) {
    Future<List<String>> all = Future.succeededFuture(new ArrayList<>());
    for (int i = 0; i < count; i++) {
      all = all.compose(list -> next().map(frame -> {
        list.add(frame);
        return list;
      }));
    }
    return all;
  }

  /** Completes with the close status code when the bot closes the socket. */
  public Future<Short> closed() {
    return closed.future();
  }

  public boolean isClosed() {
    return socket.isClosed();
  }

  public Future<Void> close() {
    return socket.close();
  }

  /** Completes a waiting step outside the lock, so its callbacks may ask for more. */
  private void received(String frame) {
    Promise<String> promise;
    synchronized (this) {
      promise = waiting.poll();
      if (promise == null) {
        frames.add(frame);
        return;
      }
    }
    promise.complete(frame);
  }
}
