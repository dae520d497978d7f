package io.opsdroid.vertx.database;

import io.opsdroid.vertx.module.Database;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A database that keeps its values in memory for as long as this instance lives; stopping
 * and starting the same instance keeps them, a new instance starts empty.
 *
 * <p>Values are copied on the way in and on the way out, so neither the caller of
 * {@link #put} nor the caller of {@link #get} can change what is stored by changing their
 * object afterwards. Putting {@code null} removes the key, since {@code null} means nothing
 * stored. A value that is not a JSON value fails with an {@link IllegalArgumentException}.
 * Every future is already complete when returned.
 */
public final class MemoryDatabase implements Database {

  // Concurrent because skills running on other event loops may share this memory.
  private final Map<String, Object> values = new ConcurrentHashMap<>();

  @Override
  public Future<Object> get(String key) {
    return attempt(() -> {
      Object value = values.get(JsonValues.checkedKey(key));
      return value == null ? null : JsonValues.copyOf(value);
    });
  }

  @Override
  public Future<Void> put(String key, Object value) {
    if (value == null) {
      return delete(key);
    }
    return attempt(() -> {
      values.put(JsonValues.checkedKey(key), JsonValues.copyOf(value));
      return null;
    });
  }

  @Override
  public Future<Void> delete(String key) {
    return attempt(() -> {
      values.remove(JsonValues.checkedKey(key));
      return null;
    });
  }

  private static <T> Future<T> attempt(Callable<T> work) {
    try {
      return Future.succeededFuture(work.call());
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }
}
