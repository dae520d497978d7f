package io.opsdroid.vertx.skill.match;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A {@link SchedulerClock} whose time moves only when told, for tests and for anyone who needs
 * deterministic time.
 *
 * <p>{@link #advance} and {@link #setTime} run, on the calling thread and before they return,
 * every wake-up that falls due up to the new time, in time order (ties in the order they were
 * armed). While a task runs, {@link #now()} reads that task's own wake-up time, so a task that
 * arms another wake-up inside the window sees it run in the same call. A wake-up armed for a
 * time already past runs at the next {@code advance} or {@code setTime}, which may be
 * {@code advance(Duration.ZERO)}. Calling {@code advance} from inside a task is not supported.
 */
public final class ManualSchedulerClock implements SchedulerClock {

  private record Wake(Instant when, long sequence, Runnable task) {
  }

  private static final Comparator<Wake> ORDER =
      Comparator.comparing(Wake::when).thenComparingLong(Wake::sequence);

  private final PriorityQueue<Wake> pending = new PriorityQueue<>(ORDER);
  private Instant now;
  private long sequence;

  /** A clock that starts at {@code start}. */
  public ManualSchedulerClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized Cancellable wakeAt(Instant when, Runnable task) {
    Wake wake = new Wake(Objects.requireNonNull(when, "when"), sequence++,
        Objects.requireNonNull(task, "task"));
    pending.add(wake);
    return () -> remove(wake);
  }

  /**
   * Moves time forward by {@code duration}, running what falls due.
   *
   * @throws IllegalArgumentException when the duration is negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Time cannot move backwards: " + duration);
    }
    setTime(now().plus(duration));
  }

  /**
   * Moves time forward to {@code target}, running what falls due.
   *
   * @throws IllegalArgumentException when {@code target} is before the current time
   */
  public void setTime(Instant target) {
    checkForward(target);
    for (Wake wake = nextDue(target); wake != null; wake = nextDue(target)) {
      wake.task().run();
    }
    moveTo(target);
  }

  /** How many wake-ups are armed and not yet run or cancelled. */
  public synchronized int pendingWakeUps() {
    return pending.size();
  }

  private synchronized void checkForward(Instant target) {
    if (target.isBefore(now)) {
      throw new IllegalArgumentException(
          "Time cannot move backwards, from " + now + " to " + target);
    }
  }

  /** Takes the earliest wake-up due by {@code target}, moving time to it. */
  private synchronized Wake nextDue(Instant target) {
    Wake head = pending.peek();
    if (head == null || head.when().isAfter(target)) {
      return null;
    }
    pending.poll();
    moveTo(head.when());
    return head;
  }

  private synchronized void moveTo(Instant time) {
    if (time.isAfter(now)) {
      now = time;
    }
  }

  private synchronized void remove(Wake wake) {
    pending.remove(wake);
  }
}
