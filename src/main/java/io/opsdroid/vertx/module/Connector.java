package io.opsdroid.vertx.module;

import io.vertx.core.Future;

/** Connects the bot to a chat service: hands received messages on, delivers replies. */
public interface Connector extends BotModule {

  /**
   * Delivers {@code text} to {@code target}, a room or socket id this connector handed to
   * {@link Bot#receive}, or to the connector's default target when {@code null}.
   */
  Future<Void> send(String target, String text);
}
