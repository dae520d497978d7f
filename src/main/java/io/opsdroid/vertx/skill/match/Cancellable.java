package io.opsdroid.vertx.skill.match;

/** A handle on something pending, such as a wake-up or a scheduled job. */
@FunctionalInterface
public interface Cancellable {

  /** Stops it from running again. Calling this more than once does no harm. */
  void cancel();
}
