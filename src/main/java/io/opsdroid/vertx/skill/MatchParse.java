package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the annotated skill method on a format pattern such as {@code "say {text}"}, whose named fields become entities. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(MatchParse.List.class)
public @interface MatchParse {

  String value();
  /** Whether letter case must match; format patterns ignore it unless asked. */
  boolean caseSensitive() default false;
  /** {@code match} (the whole message) or {@code search} (anywhere in it). */
  String matchingCondition() default "match";
  /** Scales the score, to rank this matcher against others. */
  double scoreFactor() default 0.6;

  /** Holds several {@link MatchParse} on one method. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    MatchParse[] value();
  }
}
