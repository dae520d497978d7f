package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated skill method on a message in which a parser of the bot's, one of
 * {@code io.opsdroid.vertx.module.Parser}, found the intent {@link #value}. The intent's
 * score ranks the method against the other matchers; its entities are the message's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(MatchIntent.List.class)
public @interface MatchIntent {

  /** The intent's name. */
  String value();

  /** Only the parser of this name counts; any parser when empty. */
  String parser() default "";

  /** Holds several {@link MatchIntent} on one method. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    MatchIntent[] value();
  }
}
