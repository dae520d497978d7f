package io.opsdroid.vertx.module;

import io.opsdroid.vertx.api.ModuleType;
import io.vertx.core.Vertx;

/** What a running module knows of its surroundings. */
public interface ModuleContext {

  Vertx vertx();

  /** The module's name: its key in the configuration file. */
  String name();

  ModuleType type();

  /** The module's own configuration section, with typed and checked getters. */
  ModuleConfig config();

  /** The running bot: memory, and messages to and from connectors. */
  Bot bot();
}
