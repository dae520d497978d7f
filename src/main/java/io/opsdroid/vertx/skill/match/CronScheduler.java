package io.opsdroid.vertx.skill.match;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on crontab schedules. Each job holds one wake-up at a time on its
 * {@link SchedulerClock} and arms the next after each firing.
 *
 * <p>A job fires at most once per scheduled time. The next time is counted from the time just
 * fired, not from the clock, so a timer that wakes a little early or late neither repeats nor
 * skips a minute. When the clock is already past the fired time by more than the gap to the
 * next one (the process stalled), the missed runs are dropped rather than replayed in a burst,
 * as cron does. A task that throws is logged, and its job keeps its schedule.
 *
 * <p>Tasks run wherever the clock runs its wake-ups: with {@link VertxSchedulerClock}, on the
 * Vert.x context that called {@link #schedule}, so a task must not block.
 */
public final class CronScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CronScheduler.class);

  private final SchedulerClock clock;
  private final Set<Job> jobs = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  public CronScheduler(SchedulerClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs {@code task} at every time of {@code schedule}, starting with the first after now.
   *
   * @return a handle whose {@code cancel()} stops the job
   * @throws IllegalStateException when the scheduler is closed
   */
  public Cancellable schedule(CrontabSchedule schedule, Runnable task) {
    if (closed) {
      throw new IllegalStateException("Cron scheduler is closed");
    }
    Job job = new Job(Objects.requireNonNull(schedule, "schedule"),
        Objects.requireNonNull(task, "task"));
    jobs.add(job);
    job.armAfter(clock.now());
    return job;
  }

  /** How many jobs are scheduled and not cancelled. */
  public int jobCount() {
    return jobs.size();
  }

  /** Cancels every job; later calls to {@link #schedule} fail. */
  @Override
  public void close() {
    closed = true;
    jobs.forEach(Job::cancel);
  }

  private final class Job implements Cancellable {

    private final CrontabSchedule schedule;
    private final Runnable task;
    private volatile Cancellable wake;
    private volatile boolean cancelled;

    Job(CrontabSchedule schedule, Runnable task) {
      this.schedule = schedule;
      this.task = task;
    }

    void armAfter(Instant from) {
      Instant next = schedule.nextAfter(from).toInstant();
      wake = clock.wakeAt(next, () -> fire(next));
      // A cancel() that raced with this call may have missed the new wake-up.
      if (cancelled) {
        wake.cancel();
      }
    }

    @Override
    public void cancel() {
      cancelled = true;
      jobs.remove(this);
      Cancellable current = wake;
      if (current != null) {
        current.cancel();
      }
    }

    private void fire(Instant due) {
      if (cancelled) {
        return;
      }
      runTask();
      Instant now = clock.now();
      armAfter(now.isAfter(due) ? now : due);
    }

    private void runTask() {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.error("Cron job {} failed; it stays scheduled", schedule, e);
      }
    }
  }
}
