package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.module.BotModule;
import io.opsdroid.vertx.skill.SkillDescriptor;
import io.vertx.core.json.JsonObject;

/**
 * A module the registry owns: its configuration and, while it runs, its instance. Only the
 * registry verticle touches it, on its event loop.
 */
final class ModuleRecord {

  final ModuleType type;
  final String name;
  JsonObject config;
  Implementation implementation;
  ModuleState state = ModuleState.DISABLED;
  String error;
  BotModule instance;
  String deploymentId;
  /** The skill's handlers, while a skill runs. */
  SkillDescriptor skill;

  ModuleRecord(ModuleType type, String name, JsonObject config) {
    this.type = type;
    this.name = name;
    this.config = config;
  }

  boolean enabled() {
    return config.getBoolean("enabled", true);
  }

  boolean running() {
    return state == ModuleState.RUNNING;
  }

  /** What a restore after a failed change needs; taken before the module stops. */
  Snapshot snapshot() {
    return new Snapshot(config, implementation, instance);
  }

  /**
   * @param instance the instance that ran, or {@code null} when the module did not run
   */
  record Snapshot(JsonObject config, Implementation implementation, BotModule instance) {
  }
}
