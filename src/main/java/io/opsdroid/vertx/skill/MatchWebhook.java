package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the annotated skill method on a webhook name; {@code POST /skill/<skill>/<name>} runs the handler with the request. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(MatchWebhook.List.class)
public @interface MatchWebhook {

  String value();

  /** Holds several {@link MatchWebhook} on one method. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    MatchWebhook[] value();
  }
}
