package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the annotated skill method on a cron expression (five fields); the handler runs on that schedule with no message. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(MatchCrontab.List.class)
public @interface MatchCrontab {

  String value();
  /** The time zone of the schedule; the bot's {@code timezone} setting, or UTC, when empty. */
  String timezone() default "";

  /** Holds several {@link MatchCrontab} on one method. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    MatchCrontab[] value();
  }
}
