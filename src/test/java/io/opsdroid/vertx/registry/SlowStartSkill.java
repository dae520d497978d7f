package io.opsdroid.vertx.registry;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;

/**
 * A test skill whose start takes {@code start-delay-ms} and whose stop takes
 * {@code stop-delay-ms} (0 by default), on timers. It publishes {@code {"name", "instance"}}
 * on {@link #STARTING} when its start begins and on {@link #STOPPED} when its stop ends, so
 * a test can act at those moments without guessing when they are.
 */
public class SlowStartSkill extends WhoAmISkill {

  /** Where each instance announces that its start has begun. */
  public static final String STARTING = "test.slow-start-skill.starting";

  /** Where each instance announces that its stop has ended. */
  public static final String STOPPED = "test.slow-start-skill.stopped";

  @Override
  protected Future<Void> onStart() {
    int delay = config().getInt("start-delay-ms", 0, 0, 60_000);
    vertx().eventBus().publish(STARTING, announcement());
    return after(delay);
  }

  @Override
  public Future<Void> stop() {
    int delay = config().getInt("stop-delay-ms", 0, 0, 60_000);
    return after(delay).onSuccess(stopped -> vertx().eventBus().publish(STOPPED,
        announcement()));
  }

  private JsonObject announcement() {
    return new JsonObject().put("name", name()).put("instance", instance());
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
