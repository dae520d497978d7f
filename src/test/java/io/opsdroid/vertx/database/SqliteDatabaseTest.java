package io.opsdroid.vertx.database;

import static io.opsdroid.vertx.module.TestModuleContext.database;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.module.ModuleConfigException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(VertxExtension.class)
class SqliteDatabaseTest {

  private static final String MODULE = "sqlite";

  @TempDir
  Path dir;

  // Every instance a test made, so that each connection is closed whatever the test did.
  private final List<SqliteDatabase> instances = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopEveryInstance(VertxTestContext ctx) {
    List<Future<Void>> stopped = instances.stream().map(SqliteDatabase::stop).toList();
    Future.all(stopped).onComplete(ctx.succeedingThenComplete());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.opsdroid.vertx.database.JsonSamples#values")
  void storedValueComesBackEqual(Object value, Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put("key", value))
        .compose(stored -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(value);
          ctx.completeNow();
        })));
  }

  @Test
  void getOfAMissingKeyGivesNull(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.get("never-stored"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void putOverwritesTheValueOfAnExistingKey(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put("user", new JsonObject().put("name", "bob")))
        .compose(stored -> database.put("user", new JsonArray().add("alice")))
        .compose(stored -> database.get("user"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(new JsonArray().add("alice"));
          ctx.completeNow();
        })));
  }

  @Test
  void deleteRemovesTheValueAndAcceptsAMissingKey(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put("key", "value"))
        .compose(stored -> database.delete("key"))
        .compose(deleted -> database.delete("key"))
        .compose(deleted -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void puttingNullRemovesTheKey(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put("key", "value"))
        .compose(stored -> database.put("key", null))
        .compose(stored -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void changingAnObjectAfterPutLeavesTheStoredValueAlone(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    JsonObject user = new JsonObject().put("name", "bob");

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> {
          Future<Void> stored = database.put("user", user);
          user.put("name", "mallory");
          return stored;
        })
        .compose(stored -> database.get("user"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(new JsonObject().put("name", "bob"));
          ctx.completeNow();
        })));
  }

  @Test
  void valuesSurviveAStopAndANewInstanceOnTheSameFile(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase first = newDatabase();
    SqliteDatabase second = newDatabase();
    JsonObject config = pathConfig("bot.db");
    JsonObject user = new JsonObject().put("name", "bob").put("age", 42);

    first.start(database(vertx, MODULE, config))
        .compose(started -> first.put("user", user))
        .compose(stored -> first.stop())
        .compose(stopped -> second.start(database(vertx, MODULE, config)))
        .compose(started -> second.get("user"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(user);
          ctx.completeNow();
        })));
  }

  @Test
  void writesFromOneContextApplyInOrderBeforeAStopFromAnother(
      Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase first = newDatabase();
    SqliteDatabase second = newDatabase();
    JsonObject config = pathConfig("bot.db");
    // Called from the test thread, each call gives a context of its own.
    Context writer = vertx.getOrCreateContext();
    Context stopper = vertx.getOrCreateContext();

    first.start(database(vertx, MODULE, config))
        .compose(started -> on(writer, () -> putCountsThenStop(first, 50, stopper)))
        .compose(stopped -> second.start(database(vertx, MODULE, config)))
        .compose(started -> second.get("count"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(50);
          ctx.completeNow();
        })));
  }

  @Test
  void callsFromSeveralContextsApplyInTheOrderTheyWereMade(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    Context writer = vertx.getOrCreateContext();
    Context other = vertx.getOrCreateContext();
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Void>> writes = new CopyOnWriteArrayList<>();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        // From here on the first JDBC call waits at the gate, so the next calls queue up.
        .onSuccess(started -> database.onJdbcCall(() -> awaitOnWorker(gate)))
        .compose(started -> makeOn(writer, () -> writes.add(database.put("key", "first"))))
        .compose(made -> makeOn(other, () -> writes.add(database.put("key", "second"))))
        .compose(made -> makeOn(writer, () -> writes.add(database.put("key", "third"))))
        .compose(made -> {
          gate.countDown();
          return Future.all(writes);
        })
        .compose(written -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo("third");
          ctx.completeNow();
        })));
  }

  @Test
  void fileIsAcceptedAsTheOlderNameOfPath(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    Path file = dir.resolve("old-name.db");
    JsonObject config = new JsonObject().put("file", file.toString());

    database.start(database(vertx, MODULE, config))
        .compose(started -> database.put("key", "value"))
        .compose(stored -> storedJson(vertx, file, "opsdroid", "key"))
        .onComplete(ctx.succeeding(json -> ctx.verify(() -> {
          assertThat(json).isEqualTo("\"value\"");
          ctx.completeNow();
        })));
  }

  @Test
  void pathWinsWhenPathAndFileAreBothSet(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    Path path = dir.resolve("new.db");
    Path file = dir.resolve("old.db");
    JsonObject config = new JsonObject()
        .put("path", path.toString())
        .put("file", file.toString());

    database.start(database(vertx, MODULE, config))
        .compose(started -> vertx.fileSystem().exists(file.toString()))
        .onComplete(ctx.succeeding(oldExists -> ctx.verify(() -> {
          assertThat(oldExists).isFalse();
          assertThat(path).isRegularFile();
          ctx.completeNow();
        })));
  }

  @Test
  void valuesGoToTheOpsdroidTableAsJsonTextByDefault(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    JsonObject user = new JsonObject().put("name", "bob");

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put("user", user))
        .compose(stored -> storedJson(vertx, dir.resolve("bot.db"), "opsdroid", "user"))
        .onComplete(ctx.succeeding(json -> ctx.verify(() -> {
          assertThat(new JsonObject(json)).isEqualTo(user);
          ctx.completeNow();
        })));
  }

  @Test
  void aConfiguredTableThatIsAlsoAnSqlKeywordWorks(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    JsonObject config = pathConfig("bot.db").put("table", "order");

    database.start(database(vertx, MODULE, config))
        .compose(started -> database.put("key", 7))
        .compose(stored -> storedJson(vertx, dir.resolve("bot.db"), "order", "key"))
        .onComplete(ctx.succeeding(json -> ctx.verify(() -> {
          assertThat(json).isEqualTo("7");
          ctx.completeNow();
        })));
  }

  @ParameterizedTest(name = "table \"{0}\"")
  @ValueSource(strings = {"", "1st", "bad-name", "two words", "x; DROP TABLE y", "sqlite_x"})
  void anUnsafeTableNameFailsStartNamingTheKey(
      String table, Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    JsonObject config = pathConfig("bot.db").put("table", table);

    database.start(database(vertx, MODULE, config))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure)
              .isInstanceOfSatisfying(ModuleConfigException.class,
                  e -> assertThat(e.key()).isEqualTo("table"))
              .hasMessageContaining("'" + MODULE + "'")
              .hasMessageContaining("'table'");
          assertThat(dir.resolve("bot.db")).doesNotExist();
          ctx.completeNow();
        })));
  }

  @Test
  void missingParentFoldersAreCreated(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    Path file = dir.resolve("a/b/c/bot.db");
    JsonObject config = new JsonObject().put("path", file.toString());

    database.start(database(vertx, MODULE, config))
        .onComplete(ctx.succeeding(started -> ctx.verify(() -> {
          assertThat(file).isRegularFile();
          ctx.completeNow();
        })));
  }

  @Test
  void aPathUnderARegularFileFailsStartNamingModuleAndPath(Vertx vertx, VertxTestContext ctx)
      throws Exception {
    SqliteDatabase database = newDatabase();
    Path blocker = Files.writeString(dir.resolve("blocker"), "not a folder");
    Path file = blocker.resolve("bot.db");
    JsonObject config = new JsonObject().put("path", file.toString());

    database.start(database(vertx, MODULE, config))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure)
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("module '" + MODULE + "'")
              .hasMessageContaining(file.toString())
              .hasMessageContaining(blocker + " exists and is not a folder");
          ctx.completeNow();
        })));
  }

  @Test
  void jdbcRunsOnTheWorkerThreadNeverOnAnEventLoop(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();
    List<String> jdbcThreads = new CopyOnWriteArrayList<>();
    List<String> callerThreads = new CopyOnWriteArrayList<>();
    database.onJdbcCall(() -> jdbcThreads.add(threadKind()));

    // From an event loop, as skills call it: each call's result comes back to that loop,
    // so the next call is made there too, and JDBC run in place would show up.
    vertx.runOnContext(onEventLoop -> database.start(database(vertx, MODULE,
            pathConfig("bot.db")))
        .compose(started -> callFrom(callerThreads, () -> database.put("key", "value")))
        .compose(stored -> callFrom(callerThreads, () -> database.get("key")))
        .compose(read -> callFrom(callerThreads, () -> database.delete("key")))
        .compose(deleted -> database.stop())
        .onComplete(ctx.succeeding(stopped -> ctx.verify(() -> {
          assertThat(callerThreads).containsOnly("event loop");
          assertThat(jdbcThreads).hasSize(5).containsOnly("worker");
          ctx.completeNow();
        }))));
  }

  @Test
  void callsBeforeStartFailAsNotStarted(VertxTestContext ctx) {
    newDatabase().get("key")
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure)
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("not started");
          ctx.completeNow();
        })));
  }

  @Test
  void aValueThatIsNotJsonIsRefused(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put("key", new StringBuilder("not JSON")))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(IllegalArgumentException.class);
          ctx.completeNow();
        })));
  }

  @Test
  void aNullKeyIsRefusedRatherThanStored(Vertx vertx, VertxTestContext ctx) {
    SqliteDatabase database = newDatabase();

    database.start(database(vertx, MODULE, pathConfig("bot.db")))
        .compose(started -> database.put(null, "value"))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(IllegalArgumentException.class);
          ctx.completeNow();
        })));
  }

  private SqliteDatabase newDatabase() {
    SqliteDatabase database = new SqliteDatabase();
    instances.add(database);
    return database;
  }

  private JsonObject pathConfig(String fileName) {
    return new JsonObject().put("path", dir.resolve(fileName).toString());
  }

  /**
   * Puts 1 to {@code count} under one key without waiting in between, then has
   * {@code stopper} stop the database while those writes may still be queued.
   */
  private static Future<Void> putCountsThenStop(
      SqliteDatabase database, int count, Context stopper) {
    List<Future<Void>> calls = new ArrayList<>();
    IntStream.rangeClosed(1, count).forEach(n -> calls.add(database.put("count", n)));
    calls.add(on(stopper, database::stop));
    return Future.all(calls).mapEmpty();
  }

  /** Makes {@code call} on {@code context} and hands its outcome back. */
  private static <T> Future<T> on(Context context, Supplier<Future<T>> call) {
    Promise<T> outcome = Promise.promise();
    context.runOnContext(nothing -> call.get().onComplete(outcome));
    return outcome.future();
  }

  /** Runs {@code call} on {@code context}; completes once it has run. */
  private static Future<Void> makeOn(Context context, Runnable call) {
    Promise<Void> made = Promise.promise();
    context.runOnContext(nothing -> {
      call.run();
      made.complete();
    });
    return made.future();
  }

  // Blocks a worker thread only, and gives up after a while so that a failing test ends.
  private static void awaitOnWorker(CountDownLatch gate) {
    try {
      gate.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> Future<T> callFrom(List<String> callers, CallToCheck<T> call) {
    callers.add(threadKind());
    return call.make();
  }

  private static String threadKind() {
    if (Context.isOnEventLoopThread()) {
      return "event loop";
    }
    return Context.isOnWorkerThread() ? "worker" : "other";
  }

  /** Reads the raw text of a row with a connection of the test's own, off the event loop. */
  private static Future<String> storedJson(Vertx vertx, Path file, String table, String key) {
    String sql = "SELECT data FROM \"" + table + "\" WHERE key = ?";
    return vertx.executeBlocking(() -> {
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
          PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, key);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? rows.getString(1) : null;
        }
      }
    });
  }

  @FunctionalInterface
  private interface CallToCheck<T> {
    Future<T> make();
  }
}
