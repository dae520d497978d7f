package io.opsdroid.vertx.skill.match;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A crontab matcher's timetable: a standard five-field UNIX cron expression (minute, hour, day
 * of month, month, day of week) read in a time zone, as opsdroid reads them with croniter.
 *
 * <p>When both day of month and day of week are restricted, a day matching either one counts,
 * as in UNIX cron. The nicknames {@code @hourly}, {@code @daily}, {@code @midnight},
 * {@code @weekly}, {@code @monthly}, {@code @yearly} and {@code @annually} are accepted too.
 *
 * <p>Daylight saving time: times are local wall-clock times. A time that the clocks skip in
 * spring does not happen that day (a daily {@code 30 1 * * *} in Europe/London skips the last
 * Sunday of March), and a time that the clocks repeat in autumn fires once, at its first
 * occurrence. Schedules such as <code>*&#47;30 * * * *</code> keep their real-time rhythm
 * through both changes.
 */
public final class CrontabSchedule {

  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private static final Map<String, String> NICKNAMES = Map.of(
      "@yearly", "0 0 1 1 *",
      "@annually", "0 0 1 1 *",
      "@monthly", "0 0 1 * *",
      "@weekly", "0 0 * * 0",
      "@daily", "0 0 * * *",
      "@midnight", "0 0 * * *",
      "@hourly", "0 * * * *");

  /** A fixed start for the check that an expression fires at all, so the check is repeatable. */
  private static final Instant PROBE_START = Instant.parse("2000-01-01T00:00:00Z");

  private final String expression;
  private final ZoneId zone;
  private final ExecutionTime executionTime;

  /**
   * Reads an expression in a zone.
   *
   * @throws IllegalArgumentException when the expression is not valid five-field cron, or can
   *     never fire (such as the 30th of February)
   */
  public CrontabSchedule(String expression, ZoneId zone) {
    this.expression = Objects.requireNonNull(expression, "expression");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.executionTime = ExecutionTime.forCron(parse(expression));
    if (next(PROBE_START) == null) {
      throw new IllegalArgumentException("Cron expression '" + expression + "' never fires");
    }
  }

  /** A schedule in UTC. */
  public static CrontabSchedule of(String expression) {
    return new CrontabSchedule(expression, ZoneOffset.UTC);
  }

  /**
   * A schedule in a named zone, as written in configuration.
   *
   * @param timezone a zone name such as {@code Europe/London}, or {@code null} for UTC
   * @throws IllegalArgumentException when the zone or the expression is not valid
   */
  public static CrontabSchedule of(String expression, String timezone) {
    return new CrontabSchedule(expression, timezone == null ? ZoneOffset.UTC : zone(timezone));
  }

  public String expression() {
    return expression;
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * The first time strictly after {@code instant} at which this schedule fires, in its zone.
   *
   * @throws IllegalStateException when cron-utils finds no later time, which only happens
   *     beyond the years it supports
   */
  public ZonedDateTime nextAfter(Instant instant) {
    ZonedDateTime next = next(instant);
    if (next == null) {
      throw new IllegalStateException(
          "Cron expression '" + expression + "' has no time after " + instant);
    }
    return next;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CrontabSchedule that
        && expression.equals(that.expression)
        && zone.equals(that.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, zone);
  }

  @Override
  public String toString() {
    return "CrontabSchedule[" + expression + " in " + zone + "]";
  }

  private ZonedDateTime next(Instant instant) {
    return executionTime.nextExecution(instant.atZone(zone)).orElse(null);
  }

  private static Cron parse(String expression) {
    String fields = NICKNAMES.getOrDefault(expression.strip().toLowerCase(Locale.ROOT),
        expression);
    try {
      return PARSER.parse(fields);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid cron expression '" + expression + "': " + e.getMessage(), e);
    }
  }

  private static ZoneId zone(String timezone) {
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Unknown time zone '" + timezone + "'", e);
    }
  }
}
