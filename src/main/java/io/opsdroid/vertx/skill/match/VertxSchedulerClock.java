package io.opsdroid.vertx.skill.match;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link SchedulerClock} on Vert.x timers, for production.
 *
 * <p>Each wake-up is a {@code vertx.setTimer}, so its task runs on the Vert.x context that
 * called {@link #wakeAt}, and must not block. Called from a thread outside Vert.x, the task runs
 * on a new event-loop context. Timers count elapsed time while cron counts wall-clock time; if
 * the two drift apart over a long wait and the timer fires before {@code when} by the wall
 * clock, the wake-up waits again for the rest, so a task never runs early.
 */
public final class VertxSchedulerClock implements SchedulerClock {

  private final Vertx vertx;
  private final Clock clock;

  /** A clock on the system's UTC time. */
  public VertxSchedulerClock(Vertx vertx) {
    this(vertx, Clock.systemUTC());
  }

  /** A clock whose notion of now comes from {@code clock}, for example an offset one. */
  public VertxSchedulerClock(Vertx vertx, Clock clock) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public Cancellable wakeAt(Instant when, Runnable task) {
    TimerWake wake = new TimerWake(Objects.requireNonNull(when, "when"),
        Objects.requireNonNull(task, "task"));
    wake.arm();
    return wake;
  }

  /** Vert.x timers take whole milliseconds, at least one; rounding up never wakes early. */
  private long delayMillis(Instant when) {
    Duration delay = Duration.between(now(), when);
    return delay.isNegative() ? 1 : Math.max(1, delay.plusNanos(999_999).toMillis());
  }

  private final class TimerWake implements Cancellable {

    private final Instant when;
    private final Runnable task;
    private volatile long timerId;
    private volatile boolean cancelled;

    TimerWake(Instant when, Runnable task) {
      this.when = when;
      this.task = task;
    }

    void arm() {
      timerId = vertx.setTimer(delayMillis(when), id -> fire());
    }

    @Override
    public void cancel() {
      cancelled = true;
      vertx.cancelTimer(timerId);
    }

    private void fire() {
      if (cancelled) {
        return;
      }
      if (now().isBefore(when)) {
        arm();
        return;
      }
      task.run();
    }
  }
}
