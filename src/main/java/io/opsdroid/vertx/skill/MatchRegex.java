package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the annotated skill method on a regular expression. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(MatchRegex.List.class)
public @interface MatchRegex {

  String value();
  /** Whether letter case must match. */
  boolean caseSensitive() default true;
  /** {@code match} (at the start), {@code search}, {@code fullmatch} or {@code findall}. */
  String matchingCondition() default "match";
  /** Scales the score, to rank this matcher against others. */
  double scoreFactor() default 0.6;

  /** Holds several {@link MatchRegex} on one method. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    MatchRegex[] value();
  }
}
