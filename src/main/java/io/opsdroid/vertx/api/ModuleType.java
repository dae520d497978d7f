package io.opsdroid.vertx.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four kinds of module a bot configuration holds.
 *
 * <p>{@link #section()} is the name of the configuration section and of the command-center
 * route ({@code skills}); {@link #typeName()} is the value of the {@code type} field that
 * every module entry carries ({@code skill}). Parsers keep the plural there, as opsdroid
 * reports them.
 */
public enum ModuleType {
  CONNECTORS("connectors", "connector"),
  SKILLS("skills", "skill"),
  DATABASES("databases", "database"),
  PARSERS("parsers", "parsers");

  private final String section;
  private final String typeName;

  ModuleType(String section, String typeName) {
    this.section = section;
    this.typeName = typeName;
  }

  public String section() {
    return section;
  }

  public String typeName() {
    return typeName;
  }

  /** Finds the type whose section name is {@code section}, as in {@code "databases"}. */
  public static Optional<ModuleType> fromSection(String section) {
    return Arrays.stream(values()).filter(type -> type.section.equals(section)).findFirst();
  }
}
