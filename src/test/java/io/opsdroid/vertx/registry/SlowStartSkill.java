package io.opsdroid.vertx.registry;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;

/**
 * A test skill whose start and stop take as long as a test wants. With {@code start-gated}
 * (or {@code stop-gated}) true, its start (or stop) waits until the test publishes
 * {@code {"name": <skill name>}} on {@link #RELEASE}; otherwise it takes
 * {@code start-delay-ms} (or {@code stop-delay-ms}, 0 by default), on a timer. It publishes
 * {@code {"name", "instance"}} on {@link #STARTING} when its start begins and on
 * {@link #STOPPED} when its stop ends, so a test can act at those moments without guessing
 * when they are.
 */
public class SlowStartSkill extends WhoAmISkill {

  /** Where each instance announces that its start has begun. */
  public static final String STARTING = "test.slow-start-skill.starting";

  /** Where each instance announces that its stop has ended. */
  public static final String STOPPED = "test.slow-start-skill.stopped";

  /** Where a test lets a gated start or stop of the skill named in the body go on. */
  public static final String RELEASE = "test.slow-start-skill.release";

  @Override
  protected Future<Void> onStart() {
    Future<Void> wait = wait("start-gated", "start-delay-ms");
    vertx().eventBus().publish(STARTING, announcement());
    return wait;
  }

  @Override
  public Future<Void> stop() {
    return wait("stop-gated", "stop-delay-ms").onSuccess(stopped -> vertx().eventBus()
        .publish(STOPPED, announcement()));
  }

  /** Lets the gated start or stop of the skill {@code name} go on. */
  public static void release(Vertx vertx, String name) {
    vertx.eventBus().publish(RELEASE, new JsonObject().put("name", name));
  }

  private JsonObject announcement() {
    return new JsonObject().put("name", name()).put("instance", instance());
  }

  private Future<Void> wait(String gateKey, String delayKey) {
    if (config().getBoolean(gateKey, false)) {
      return released();
    }
    return after(config().getInt(delayKey, 0, 0, 60_000));
  }

  /** Completes at the first release of this skill, listened for before anyone can send it. */
  private Future<Void> released() {
    Promise<Void> released = Promise.promise();
    MessageConsumer<JsonObject> consumer = vertx().eventBus().consumer(RELEASE);
    consumer.handler(message -> {
      if (name().equals(message.body().getString("name"))) {
        consumer.unregister();
        released.tryComplete();
      }
    });
    return released.future();
  }

  private Future<Void> after(int delayMillis) {
    if (delayMillis == 0) {
      return Future.succeededFuture();
    }
    Promise<Void> elapsed = Promise.promise();
    vertx().setTimer(delayMillis, fired -> elapsed.complete());
    return elapsed.future();
  }
}
