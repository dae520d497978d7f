package io.opsdroid.vertx.module;

import io.vertx.core.Future;

/** The running bot, as a module sees it. */
public interface Bot {

  /** The bot's memory, kept in the configured database. */
  Memory memory();

  /**
   * Hands a message that this connector received to the bot, which parses it and runs the
   * skills it matches. Replies come back through {@link Connector#send}.
   */
  void receive(ReceivedMessage message);

  /**
   * Sends {@code text} through the connector named {@code connector}, or through the
   * default connector when it is {@code null}, to {@code target} (a room, a socket, or the
   * connector's default target when {@code null}).
   */
  Future<Void> send(String connector, String target, String text);
}
