package io.opsdroid.vertx.registry;

import java.util.Locale;

/** Where a module stands. */
enum ModuleState {
  /** Enabled and being started: not answering yet. */
  STARTING,
  /** Started and working. */
  RUNNING,
  /** Not started: {@code enabled: false}. */
  DISABLED,
  /** Enabled, but its start failed; the error says why. */
  FAILED;

  String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
