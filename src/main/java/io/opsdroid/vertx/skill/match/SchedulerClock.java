package io.opsdroid.vertx.skill.match;

import java.time.Instant;

/**
 * The time source and timer that {@link CronScheduler} runs on. Keeping both behind one small
 * interface lets tests drive a scheduler through hours of cron firings without waiting.
 *
 * @see VertxSchedulerClock
 * @see ManualSchedulerClock
 */
public interface SchedulerClock {

  /** The current time. */
  Instant now();

  /**
   * Arranges for {@code task} to run once, no earlier than {@code when}. A time already past
   * runs as soon as the clock can, but never inside this call.
   *
   * @return a handle that stops the task if it has not run yet
   */
  Cancellable wakeAt(Instant when, Runnable task);
}
