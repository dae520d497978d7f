package io.opsdroid.vertx.module;

import io.vertx.core.Future;

/**
 * The bot's memory, as skills see it: JSON values by key, kept in the configured database,
 * or in memory when there is none.
 */
public interface Memory {

  /** The value stored under {@code key}, or {@code null}. */
  Future<Object> get(String key);

  Future<Void> put(String key, Object value);

  Future<Void> delete(String key);
}
