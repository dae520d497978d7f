package io.opsdroid.vertx.module;

import io.vertx.core.Future;

/**
 * Where the bot's memory persists. Values are JSON values: a {@code JsonObject}, a
 * {@code JsonArray}, a string, a number, a boolean, or {@code null} for nothing stored.
 *
 * <p>An implementation keeps blocking work, such as JDBC, off the event loop.
 */
public interface Database extends BotModule {

  /** The value stored under {@code key}, or {@code null} when there is none. */
  Future<Object> get(String key);

  Future<Void> put(String key, Object value);

  Future<Void> delete(String key);
}
