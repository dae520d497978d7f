package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class VertxSchedulerClockTest {

  @Test
  void nowReadsTheGivenClock(Vertx vertx) {
    Instant fixed = Instant.parse("2025-01-01T12:00:00Z");
    SchedulerClock clock = new VertxSchedulerClock(vertx, Clock.fixed(fixed, ZoneOffset.UTC));

    assertThat(clock.now()).isEqualTo(fixed);
  }

  @Test
  void wakeUpRunsNoEarlierThanAskedOnTheContextThatArmedIt(Vertx vertx, VertxTestContext ctx) {
    SchedulerClock clock = new VertxSchedulerClock(vertx);
    Context context = vertx.getOrCreateContext();

    context.runOnContext(ignored -> {
      Instant when = clock.now().plusMillis(50);
      clock.wakeAt(when, () -> ctx.verify(() -> {
        assertThat(clock.now()).isAfterOrEqualTo(when);
        assertThat(Vertx.currentContext()).isSameAs(context);
        ctx.completeNow();
      }));
    });
  }

  @Test
  void cancelledWakeUpNeverRuns(Vertx vertx, VertxTestContext ctx) {
    SchedulerClock clock = new VertxSchedulerClock(vertx);
    AtomicBoolean cancelledRan = new AtomicBoolean();

    // Both on one event loop, whose timers fire in the order of their times: the later
    // wake-up proves the cancelled one's time has passed.
    vertx.runOnContext(onEventLoop -> {
      clock.wakeAt(clock.now().plusMillis(50), () -> cancelledRan.set(true)).cancel();
      clock.wakeAt(clock.now().plusMillis(150), () -> ctx.verify(() -> {
        assertThat(cancelledRan).isFalse();
        ctx.completeNow();
      }));
    });
  }

  @Test
  void pastWakeUpRunsSoonButNotInsideTheCall(Vertx vertx, VertxTestContext ctx) {
    SchedulerClock clock = new VertxSchedulerClock(vertx);
    AtomicBoolean armed = new AtomicBoolean();

    // On an event loop, as the scheduler calls it: the task may only run once the call and
    // the rest of the caller's work are done. (From a test thread, a timer of 1 ms on
    // another thread could beat the next line, and prove nothing.)
    vertx.runOnContext(onEventLoop -> {
      clock.wakeAt(clock.now().minusSeconds(5), () -> ctx.verify(() -> {
        assertThat(armed).isTrue();
        ctx.completeNow();
      }));
      armed.set(true);
    });
  }

  @Test
  void timerFiringBeforeTheWallClockCatchesUpWaitsForIt(Vertx vertx, VertxTestContext ctx) {
    Instant start = Instant.parse("2025-01-01T12:00:00Z");
    MovableClock wallClock = new MovableClock(start);
    SchedulerClock clock = new VertxSchedulerClock(vertx, wallClock);
    Instant when = start.plusMillis(30);

    clock.wakeAt(when, () -> ctx.verify(() -> {
      assertThat(wallClock.instant()).isAfterOrEqualTo(when);
      ctx.completeNow();
    }));
    // Elapsed time reaches 30 ms before this wall clock does, which only moves at 45 ms.
    vertx.setTimer(45, id -> wallClock.set(when));
  }

  @Test
  void cronJobFiresAtTheNextMinuteBoundary(Vertx vertx, VertxTestContext ctx) {
    Clock nearlyNextMinute = clockJustBeforeAMinute(Duration.ofMillis(200));
    CronScheduler scheduler = new CronScheduler(new VertxSchedulerClock(vertx, nearlyNextMinute));
    Instant boundary = nearlyNextMinute.instant().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
    Checkpoint fired = ctx.checkpoint();

    scheduler.schedule(CrontabSchedule.of("* * * * *"), () -> ctx.verify(() -> {
      Instant now = nearlyNextMinute.instant();
      assertThat(now).isAfterOrEqualTo(boundary).isBefore(boundary.plusSeconds(1));
      scheduler.close();
      fired.flag();
    }));
  }

  /** A clock offset from the system clock so that a minute boundary is {@code ahead} away. */
  private static Clock clockJustBeforeAMinute(Duration ahead) {
    Instant real = Instant.now();
    Instant nextMinute = real.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    Duration offset = Duration.between(real, nextMinute.minus(ahead));
    return Clock.offset(Clock.systemUTC(), offset);
  }

  /** A wall clock the test moves by hand. */
  private static final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test needs only UTC");
    }
  }
}
