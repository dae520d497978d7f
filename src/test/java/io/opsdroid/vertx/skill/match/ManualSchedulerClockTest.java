package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualSchedulerClockTest {

  private static final Instant START = Instant.parse("2025-01-01T12:00:00Z");

  private final ManualSchedulerClock clock = new ManualSchedulerClock(START);
  private final List<String> ran = new ArrayList<>();

  private Runnable record(String name) {
    return () -> ran.add(name + "@" + clock.now());
  }

  @Test
  void timeStandsStillUntilMoved() {
    assertThat(clock.now()).isEqualTo(START);

    clock.advance(Duration.ofMinutes(2));

    assertThat(clock.now()).isEqualTo(START.plusSeconds(120));
  }

  @Test
  void advanceRunsDueWakeUpsInTimeOrderAtTheirOwnTime() {
    clock.wakeAt(START.plusSeconds(20), record("b"));
    clock.wakeAt(START.plusSeconds(10), record("a"));
    clock.wakeAt(START.plusSeconds(10), record("a2"));

    clock.advance(Duration.ofSeconds(30));

    assertThat(ran).containsExactly(
        "a@2025-01-01T12:00:10Z", "a2@2025-01-01T12:00:10Z", "b@2025-01-01T12:00:20Z");
  }

  @Test
  void wakeUpsAfterTheNewTimeStayPending() {
    clock.wakeAt(START.plusSeconds(60), record("later"));

    clock.advance(Duration.ofSeconds(59));

    assertThat(ran).isEmpty();
    assertThat(clock.pendingWakeUps()).isEqualTo(1);
  }

  @Test
  void wakeUpArmedByATaskRunsInTheSameAdvanceWhenDue() {
    clock.wakeAt(START.plusSeconds(10),
        () -> clock.wakeAt(clock.now().plusSeconds(10), record("chained")));

    clock.setTime(START.plusSeconds(20));

    assertThat(ran).containsExactly("chained@2025-01-01T12:00:20Z");
  }

  @Test
  void cancelledWakeUpNeverRuns() {
    Cancellable wake = clock.wakeAt(START.plusSeconds(10), record("cancelled"));

    wake.cancel();
    clock.advance(Duration.ofMinutes(1));

    assertThat(ran).isEmpty();
    assertThat(clock.pendingWakeUps()).isZero();
  }

  @Test
  void pastWakeUpRunsAtTheNextAdvanceNotWhenArmed() {
    clock.wakeAt(START.minusSeconds(5), record("late"));

    assertThat(ran).isEmpty();
    clock.advance(Duration.ZERO);

    assertThat(ran).containsExactly("late@2025-01-01T12:00:00Z");
  }

  @Test
  void timeCannotMoveBackwards() {
    assertThatThrownBy(() -> clock.setTime(START.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
