package io.opsdroid.vertx.module;

import io.vertx.core.Future;

/**
 * A piece of the bot that can be started and stopped while the rest keeps running: a
 * connector, a skill or a database.
 *
 * <p>Each running module lives in a verticle of its own, so its callbacks run on one event
 * loop and never race with themselves. {@link #start} checks the module's configuration; a
 * failed future leaves the module stopped and is reported with its cause.
 */
public interface BotModule {

  /** Starts the module with its configuration, found in {@code context}. */
  default Future<Void> start(ModuleContext context) {
    return Future.succeededFuture();
  }

  /** Releases what {@link #start} acquired. Consumers and timers are released for you. */
  default Future<Void> stop() {
    return Future.succeededFuture();
  }
}
