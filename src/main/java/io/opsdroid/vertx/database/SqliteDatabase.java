package io.opsdroid.vertx.database;

import io.opsdroid.vertx.module.Database;
import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.ModuleConfigException;
import io.opsdroid.vertx.module.ModuleContext;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.EncodeException;
import io.vertx.core.json.Json;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database kept in one table of an SQLite file, one row per key, the value as JSON text.
 *
 * <p>Configuration keys:
 *
 * <ul>
 *   <li>{@value #PATH_KEY}: the database file, created with its parent folders when missing;
 *       default {@value #DEFAULT_PATH}, relative to the working directory. {@value #FILE_KEY}
 *       is accepted as its older name; {@value #PATH_KEY} wins when both are set.
 *   <li>{@value #TABLE_KEY}: the table, default {@value #DEFAULT_TABLE}; letters, digits and
 *       underscores, not starting with a digit.
 * </ul>
 *
 * <p>Calls apply in the order they were made. Putting {@code null} deletes the key. A value
 * that is not a JSON value fails with an {@link IllegalArgumentException}; a call before
 * {@link #start} or after {@link #stop} fails with an {@link IllegalStateException}.
 */
public final class SqliteDatabase implements Database {

  public static final String PATH_KEY = "path";
  public static final String FILE_KEY = "file";
  public static final String TABLE_KEY = "table";
  public static final String DEFAULT_PATH = "opsdroid.db";
  public static final String DEFAULT_TABLE = "opsdroid";

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);

  // Volatile: skills on other event loops call this database as well as its own context.
  private volatile Session session;
  private volatile Runnable jdbcProbe = () -> { };

  @Override
  public Future<Void> start(ModuleContext context) {
    if (session != null) {
      return Future.failedFuture(
          new IllegalStateException("module '" + context.name() + "' is already started"));
    }
    return settings(context.config())
        .compose(settings -> open(context, settings))
        .onSuccess(opened -> session = opened)
        .mapEmpty();
  }

  @Override
  public Future<Void> stop() {
    Session current = session;
    session = null;
    if (current == null) {
      return Future.succeededFuture();
    }
    return onJdbcThread(current.executor(), () -> closeTable(current))
        .eventually(() -> current.executor().close())
        .onSuccess(closed -> LOG.info("Module '{}': SQLite database closed", current.module()))
        .mapEmpty();
  }

  @Override
  public Future<Object> get(String key) {
    return withTable(key, table -> decode(table.select(key)));
  }

  @Override
  public Future<Void> put(String key, Object value) {
    if (value == null) {
      return delete(key);
    }
    // Encoded now, on the caller's thread, so that later changes to value cannot reach it;
    // going through copyOf refuses the same values that MemoryDatabase refuses.
    String json;
    try {
      json = Json.encode(JsonValues.copyOf(value));
    } catch (IllegalArgumentException | EncodeException e) {
      return Future.failedFuture(e);
    }
    return withTable(key, table -> {
      table.upsert(key, json);
      return null;
    });
  }

  @Override
  public Future<Void> delete(String key) {
    return withTable(key, table -> {
      table.delete(key);
      return null;
    });
  }

  /** For tests: runs {@code probe} on the thread of every JDBC call, just before it. */
  void onJdbcCall(Runnable probe) {
    this.jdbcProbe = probe;
  }

  private static Future<SqliteSettings> settings(ModuleConfig config) {
    try {
      return Future.succeededFuture(SqliteSettings.from(config));
    } catch (ModuleConfigException e) {
      return Future.failedFuture(e);
    }
  }

  private Future<Session> open(ModuleContext context, SqliteSettings settings) {
    String module = context.name();
    // One thread of our own rather than vertx.executeBlocking(work, true): that orders only
    // the calls of one context, so skills on two contexts could use the one connection at
    // once from two pool threads. And a slow disk then holds our thread, not the shared pool.
    WorkerExecutor executor =
        context.vertx().createSharedWorkerExecutor("opsdroid-sqlite-" + module, 1);
    return onJdbcThread(executor, () -> openTable(module, settings))
        .map(table -> new Session(module, executor, table))
        .onSuccess(opened -> LOG.info("Module '{}': SQLite database {} open, table {}",
            module, settings.file(), settings.table()))
        .onFailure(failure -> executor.close());
  }

  private static SqliteTable openTable(String module, SqliteSettings settings) {
    try {
      return SqliteTable.open(settings.file(), settings.table());
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("module '" + module + "': cannot open SQLite database "
          + settings.file() + ": " + reason(e), e);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " exists and is not a folder";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied on " + denied.getFile();
    }
    return e.getMessage();
  }

  private static Void closeTable(Session session) throws SQLException {
    session.table().close();
    return null;
  }

  private <T> Future<T> withTable(String key, TableWork<T> work) {
    Session current = session;
    if (key == null) {
      return Future.failedFuture(new IllegalArgumentException("key must not be null"));
    }
    if (current == null) {
      return Future.failedFuture(new IllegalStateException("SQLite database is not started"));
    }
    return onJdbcThread(current.executor(), () -> work.apply(current.table()));
  }

  /*
   * Submitted unordered on purpose: with one thread, the pool's own queue then runs calls in
   * the order they were made, whatever context made them. Ordered submission queues calls
   * per context and drains a context's queue in one go, so a later call from a busy context
   * would overtake an earlier one from another context.
   */
  private <T> Future<T> onJdbcThread(WorkerExecutor executor, Callable<T> work) {
    return executor.executeBlocking(() -> {
      jdbcProbe.run();
      return work.call();
    }, false);
  }

  private static Object decode(String json) {
    return json == null ? null : Json.decodeValue(json);
  }

  /** A blocking step on the table, run on the JDBC thread. */
  @FunctionalInterface
  private interface TableWork<T> {
    T apply(SqliteTable table) throws Exception;
  }

  /** What a started module holds: its JDBC thread and the table it owns. */
  private record Session(String module, WorkerExecutor executor, SqliteTable table) {
  }
}
