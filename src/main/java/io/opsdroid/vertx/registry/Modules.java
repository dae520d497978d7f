package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The registry's modules by type and name, in configuration order. */
final class Modules {

  private final Map<ModuleType, Map<String, ModuleRecord>> byType = new EnumMap<>(
      ModuleType.class);

  Modules() {
    for (ModuleType type : ModuleType.values()) {
      byType.put(type, new LinkedHashMap<>());
    }
  }

  Optional<ModuleRecord> find(ModuleType type, String name) {
    return Optional.ofNullable(byType.get(type).get(name));
  }

  void add(ModuleRecord record) {
    byType.get(record.type).put(record.name, record);
  }

  void remove(ModuleRecord record) {
    byType.get(record.type).remove(record.name, record);
  }

  List<ModuleRecord> all(ModuleType type) {
    return new ArrayList<>(byType.get(type).values());
  }

  /** Every module, of every type. */
  Stream<ModuleRecord> all() {
    return byType.values().stream().flatMap(named -> named.values().stream());
  }

  Stream<ModuleRecord> running(ModuleType type) {
    return byType.get(type).values().stream().filter(ModuleRecord::running);
  }

  long countRunning(ModuleType type) {
    return running(type).count();
  }

  /**
   * Whether the parser {@code name} is on. A parser the configuration does not mention is
   * on, as in opsdroid; {@code enabled: false} switches it off.
   */
  boolean parserEnabled(String name) {
    if (name == null) {
      return true;
    }
    ModuleRecord parser = byType.get(ModuleType.PARSERS).get(name);
    return parser == null || parser.running();
  }
}
