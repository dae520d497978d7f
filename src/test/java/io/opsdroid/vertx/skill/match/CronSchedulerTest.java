package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronSchedulerTest {

  private static final Instant START = Instant.parse("2025-01-01T12:00:30Z");

  private final ManualSchedulerClock clock = new ManualSchedulerClock(START);
  private final CronScheduler scheduler = new CronScheduler(clock);
  private final List<Instant> firings = new ArrayList<>();

  private Cancellable scheduleEvery(String expression) {
    return scheduler.schedule(CrontabSchedule.of(expression), () -> firings.add(clock.now()));
  }

  @Test
  void everyFiveMinutesFiresThreeTimesInFifteenMinutes() {
    scheduleEvery("*/5 * * * *");

    clock.advance(Duration.ofMinutes(15));

    assertThat(firings).containsExactly(
        Instant.parse("2025-01-01T12:05:00Z"),
        Instant.parse("2025-01-01T12:10:00Z"),
        Instant.parse("2025-01-01T12:15:00Z"));
  }

  @Test
  void everyMinuteFiresOncePerMinute() {
    scheduleEvery("* * * * *");

    clock.advance(Duration.ofMinutes(60));

    assertThat(firings).hasSize(60).doesNotHaveDuplicates();
  }

  @Test
  void cancelStopsTheJob() {
    Cancellable job = scheduleEvery("*/5 * * * *");
    clock.advance(Duration.ofMinutes(5));

    job.cancel();
    clock.advance(Duration.ofMinutes(30));

    assertThat(firings).hasSize(1);
    assertThat(clock.pendingWakeUps()).isZero();
    assertThat(scheduler.jobCount()).isZero();
  }

  @Test
  void jobCancelledByItsOwnTaskDoesNotFireAgain() {
    List<Cancellable> self = new ArrayList<>();
    self.add(scheduler.schedule(CrontabSchedule.of("* * * * *"), () -> {
      firings.add(clock.now());
      self.get(0).cancel();
    }));

    clock.advance(Duration.ofMinutes(10));

    assertThat(firings).hasSize(1);
    assertThat(clock.pendingWakeUps()).isZero();
  }

  @Test
  void scheduleTimeZoneIsRespected() {
    CrontabSchedule nineInLondon = CrontabSchedule.of("0 9 * * *", "Europe/London");
    clock.setTime(Instant.parse("2025-07-01T07:30:00Z"));
    scheduler.schedule(nineInLondon, () -> firings.add(clock.now()));

    clock.advance(Duration.ofHours(1));

    // 09:00 British Summer Time is 08:00 UTC.
    assertThat(firings).containsExactly(Instant.parse("2025-07-01T08:00:00Z"));
  }

  @Test
  void closeCancelsEveryJobAndRefusesNewOnes() {
    scheduleEvery("* * * * *");
    scheduleEvery("*/2 * * * *");

    scheduler.close();
    clock.advance(Duration.ofMinutes(10));

    assertThat(firings).isEmpty();
    assertThat(clock.pendingWakeUps()).isZero();
    assertThatThrownBy(() -> scheduleEvery("* * * * *"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void failingTaskKeepsItsSchedule() {
    scheduler.schedule(CrontabSchedule.of("* * * * *"), () -> {
      firings.add(clock.now());
      throw new IllegalStateException("boom, on purpose");
    });

    clock.advance(Duration.ofMinutes(3));

    assertThat(firings).hasSize(3);
  }

  @Test
  void wakeUpSlightlyEarlyDoesNotFireTheSameMinuteTwice() {
    SteppedClock stepped = new SteppedClock(START);
    new CronScheduler(stepped).schedule(CrontabSchedule.of("* * * * *"), () -> { });
    Instant due = stepped.lastWake();

    stepped.fire(due.minusMillis(5));

    assertThat(stepped.lastWake()).isEqualTo(due.plusSeconds(60));
  }

  @Test
  void wakeUpSlightlyLateFiresTheNextMinuteOnTime() {
    SteppedClock stepped = new SteppedClock(START);
    new CronScheduler(stepped).schedule(CrontabSchedule.of("* * * * *"), () -> { });
    Instant due = stepped.lastWake();

    stepped.fire(due.plusMillis(200));

    assertThat(stepped.lastWake()).isEqualTo(due.plusSeconds(60));
  }

  @Test
  void runsMissedWhileStalledAreDroppedNotReplayed() {
    SteppedClock stepped = new SteppedClock(START);
    new CronScheduler(stepped).schedule(CrontabSchedule.of("* * * * *"), () -> { });
    Instant due = stepped.lastWake();

    stepped.fire(due.plus(Duration.ofMinutes(10).plusSeconds(15)));

    assertThat(stepped.lastWake()).isEqualTo(due.plus(Duration.ofMinutes(11)));
  }

  /** A clock whose test decides exactly when the armed wake-up fires and what now reads then. */
  private static final class SteppedClock implements SchedulerClock {

    private Instant now;
    private Instant wakeTime;
    private Runnable wakeTask;

    SteppedClock(Instant start) {
      this.now = start;
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public Cancellable wakeAt(Instant when, Runnable task) {
      wakeTime = when;
      wakeTask = task;
      return () -> wakeTask = null;
    }

    Instant lastWake() {
      return wakeTime;
    }

    void fire(Instant at) {
      now = at;
      wakeTask.run();
    }
  }
}
