package io.opsdroid.vertx.skill.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrontabScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Instant next(CrontabSchedule schedule, String instant) {
    return schedule.nextAfter(Instant.parse(instant)).toInstant();
  }

  private static List<Instant> firings(CrontabSchedule schedule, String from, int count) {
    List<Instant> times = new ArrayList<>();
    Instant time = Instant.parse(from);
    for (int i = 0; i < count; i++) {
      time = schedule.nextAfter(time).toInstant();
      times.add(time);
    }
    return times;
  }

  @Test
  void nextTimeIsStrictlyAfterTheGivenInstant() {
    CrontabSchedule schedule = CrontabSchedule.of("*/5 * * * *");

    assertThat(next(schedule, "2025-01-01T12:00:30Z")).isEqualTo("2025-01-01T12:05:00Z");
    assertThat(next(schedule, "2025-01-01T12:05:00Z")).isEqualTo("2025-01-01T12:10:00Z");
  }

  @Test
  void defaultZoneIsUtc() {
    assertThat(CrontabSchedule.of("0 9 * * *").zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(CrontabSchedule.of("0 9 * * *", null).zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void hoursAreReadInTheScheduleZone() {
    CrontabSchedule schedule = CrontabSchedule.of("0 9 * * *", "Europe/London");

    assertThat(schedule.nextAfter(Instant.parse("2025-01-10T00:00:00Z")))
        .isEqualTo(ZonedDateTime.of(2025, 1, 10, 9, 0, 0, 0, LONDON));
    assertThat(next(schedule, "2025-01-10T00:00:00Z")).isEqualTo("2025-01-10T09:00:00Z");
    assertThat(next(schedule, "2025-07-10T00:00:00Z")).isEqualTo("2025-07-10T08:00:00Z");
  }

  @Test
  void hourlyJobKeepsRealTimeRhythmWhenClocksGoForward() {
    // On 2025-03-30 London clocks jump from 01:00 GMT to 02:00 BST.
    CrontabSchedule schedule = new CrontabSchedule("0 * * * *", LONDON);

    assertThat(firings(schedule, "2025-03-29T23:30:00Z", 3)).containsExactly(
        Instant.parse("2025-03-30T00:00:00Z"),
        Instant.parse("2025-03-30T01:00:00Z"),
        Instant.parse("2025-03-30T02:00:00Z"));
    assertThat(schedule.nextAfter(Instant.parse("2025-03-30T00:30:00Z")).getHour()).isEqualTo(2);
  }

  @Test
  void dailyJobInTheSkippedHourDoesNotRunThatDay() {
    CrontabSchedule schedule = new CrontabSchedule("30 1 * * *", LONDON);

    assertThat(schedule.nextAfter(Instant.parse("2025-03-29T12:00:00Z")))
        .isEqualTo(ZonedDateTime.of(2025, 3, 31, 1, 30, 0, 0, LONDON));
  }

  @Test
  void dailyJobInTheRepeatedHourRunsOnceWhenClocksGoBack() {
    // On 2025-10-26 London clocks fall back from 02:00 BST to 01:00 GMT, so 01:30 happens twice.
    CrontabSchedule schedule = new CrontabSchedule("30 1 * * *", LONDON);

    assertThat(firings(schedule, "2025-10-25T12:00:00Z", 2)).containsExactly(
        Instant.parse("2025-10-26T00:30:00Z"),
        Instant.parse("2025-10-27T01:30:00Z"));
  }

  @Test
  void halfHourlyJobKeepsRealTimeRhythmWhenClocksGoBack() {
    CrontabSchedule schedule = new CrontabSchedule("*/30 * * * *", LONDON);

    assertThat(firings(schedule, "2025-10-25T23:45:00Z", 4)).containsExactly(
        Instant.parse("2025-10-26T00:00:00Z"),
        Instant.parse("2025-10-26T00:30:00Z"),
        Instant.parse("2025-10-26T01:00:00Z"),
        Instant.parse("2025-10-26T01:30:00Z"));
  }

  @Test
  void dayOfMonthOrDayOfWeekIsEnoughAsInUnixCron() {
    // 2025-01-06 is the first Monday after New Year's Day, long before a Monday the 1st.
    assertThat(next(CrontabSchedule.of("0 0 1 * 1"), "2025-01-01T12:00:00Z"))
        .isEqualTo("2025-01-06T00:00:00Z");
  }

  @Test
  void nicknamesAreAccepted() {
    assertThat(next(CrontabSchedule.of("@hourly"), "2025-01-01T12:10:00Z"))
        .isEqualTo("2025-01-01T13:00:00Z");
    assertThat(CrontabSchedule.of("@daily").expression()).isEqualTo("@daily");
  }

  @Test
  void unknownZoneIsRejectedNamingIt() {
    assertThatThrownBy(() -> CrontabSchedule.of("* * * * *", "Europe/Atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Europe/Atlantis'");
  }

  @Test
  void expressionWithoutFiveFieldsIsRejectedNamingIt() {
    assertThatThrownBy(() -> CrontabSchedule.of("* * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'* * * *'");
    assertThatThrownBy(() -> CrontabSchedule.of("0 * * * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0 * * * * *'");
  }

  @Test
  void outOfRangeFieldIsRejected() {
    assertThatThrownBy(() -> CrontabSchedule.of("61 * * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'61 * * * *'");
  }

  @Test
  void expressionThatNeverFiresIsRejected() {
    assertThatThrownBy(() -> CrontabSchedule.of("0 0 30 2 *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never fires");
  }

  @Test
  void schedulesWithTheSameExpressionAndZoneAreEqual() {
    assertThat(CrontabSchedule.of("* * * * *", "Europe/London"))
        .isEqualTo(new CrontabSchedule("* * * * *", LONDON))
        .isNotEqualTo(CrontabSchedule.of("* * * * *"));
  }
}
