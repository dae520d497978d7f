package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the annotated skill method on every event of a type, such as {@code Message}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MatchEvent {

  /** The event type; chat messages are {@code Message}. */
  String value();
}
