package io.opsdroid.vertx.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(VertxExtension.class)
class MemoryDatabaseTest {

  private final MemoryDatabase database = new MemoryDatabase();

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.opsdroid.vertx.database.JsonSamples#values")
  void storedValueComesBackEqual(Object value, VertxTestContext ctx) {
    database.put("key", value)
        .compose(stored -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(value);
          ctx.completeNow();
        })));
  }

  @Test
  void getOfAMissingKeyGivesNull(VertxTestContext ctx) {
    database.get("never-stored")
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void changingAnObjectAfterPutLeavesTheStoredValueAlone(VertxTestContext ctx) {
    JsonObject user = new JsonObject().put("name", "bob").put("tags", new JsonArray());

    database.put("user", user)
        .onSuccess(stored -> user.put("name", "mallory").getJsonArray("tags").add("admin"))
        .compose(stored -> database.get("user"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read)
              .isEqualTo(new JsonObject().put("name", "bob").put("tags", new JsonArray()));
          ctx.completeNow();
        })));
  }

  @Test
  void changingAnArrayAfterPutLeavesTheStoredValueAlone(VertxTestContext ctx) {
    JsonArray list = new JsonArray().add("milk");

    database.put("shopping", list)
        .onSuccess(stored -> list.add("cake"))
        .compose(stored -> database.get("shopping"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(new JsonArray().add("milk"));
          ctx.completeNow();
        })));
  }

  @Test
  void changingAReadValueLeavesTheStoredValueAlone(VertxTestContext ctx) {
    database.put("user", new JsonObject().put("name", "bob"))
        .compose(stored -> database.get("user"))
        .onSuccess(read -> ((JsonObject) read).put("name", "mallory"))
        .compose(changed -> database.get("user"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(new JsonObject().put("name", "bob"));
          ctx.completeNow();
        })));
  }

  @Test
  void putOverwritesTheValueOfAnExistingKey(VertxTestContext ctx) {
    database.put("count", 1)
        .compose(stored -> database.put("count", 2))
        .compose(stored -> database.get("count"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo(2);
          ctx.completeNow();
        })));
  }

  @Test
  void deleteRemovesTheValue(VertxTestContext ctx) {
    database.put("key", "value")
        .compose(stored -> database.delete("key"))
        .compose(deleted -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void puttingNullRemovesTheKey(VertxTestContext ctx) {
    database.put("key", "value")
        .compose(stored -> database.put("key", null))
        .compose(stored -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isNull();
          ctx.completeNow();
        })));
  }

  @Test
  void valuesSurviveAStopAndStartOfTheSameInstance(VertxTestContext ctx) {
    database.put("key", "value")
        .compose(stored -> database.stop())
        .compose(stopped -> database.start(null))
        .compose(started -> database.get("key"))
        .onComplete(ctx.succeeding(read -> ctx.verify(() -> {
          assertThat(read).isEqualTo("value");
          ctx.completeNow();
        })));
  }

  @Test
  void aValueThatIsNotJsonIsRefused(VertxTestContext ctx) {
    database.put("key", new StringBuilder("not JSON"))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("StringBuilder");
          ctx.completeNow();
        })));
  }

  @Test
  void anObjectHoldingSomethingThatIsNotJsonIsRefused(VertxTestContext ctx) {
    database.put("key", new JsonObject().put("thread", Thread.currentThread()))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(IllegalArgumentException.class);
          ctx.completeNow();
        })));
  }

  @Test
  void aNumberJsonCannotHoldIsRefused(VertxTestContext ctx) {
    database.put("key", Double.NaN)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(IllegalArgumentException.class);
          ctx.completeNow();
        })));
  }

  @Test
  void aNullKeyIsRefused(VertxTestContext ctx) {
    database.put(null, "value")
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(IllegalArgumentException.class);
          ctx.completeNow();
        })));
  }
}
