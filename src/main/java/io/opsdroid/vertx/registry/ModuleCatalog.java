package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.connector.shell.ShellConnector;
import io.opsdroid.vertx.connector.websocket.WebSocketConnector;
import io.opsdroid.vertx.database.MemoryDatabase;
import io.opsdroid.vertx.database.SqliteDatabase;
import io.opsdroid.vertx.module.BotModule;
import io.opsdroid.vertx.module.Connector;
import io.opsdroid.vertx.module.Database;
import io.opsdroid.vertx.module.Parser;
import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.skill.builtin.DanceSkill;
import io.opsdroid.vertx.skill.builtin.ExampleWebhookSkill;
import io.opsdroid.vertx.skill.builtin.HelloSkill;
import io.opsdroid.vertx.skill.builtin.LoudNoisesSkill;
import io.opsdroid.vertx.skill.builtin.SeenSkill;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the code behind a module: a builtin one by its name, any other by
 * {@code module: <fully qualified class>}, loaded from {@code path:} (a jar or a folder of
 * classes) when given, or from the bot's own class path.
 */
final class ModuleCatalog {

  /**
   * The bot's own kinds of matching, switched on and off by name. A parser of one's own is
   * named by {@code module:} and is code like any other module.
   */
  static final Set<String> PARSERS = Set.of(
      "regex", "parse_format", "crontab", "always", "catchall", "event_type");

  private static final Map<ModuleType, Map<String, Class<? extends BotModule>>> BUILTIN = Map.of(
      ModuleType.CONNECTORS, Map.of(
          "websocket", WebSocketConnector.class,
          "shell", ShellConnector.class),
      ModuleType.SKILLS, Map.of(
          "hello", HelloSkill.class,
          "dance", DanceSkill.class,
          "loudnoises", LoudNoisesSkill.class,
          "seen", SeenSkill.class,
          "examplewebhookskill", ExampleWebhookSkill.class),
      ModuleType.DATABASES, Map.of(
          "memory", MemoryDatabase.class,
          "sqlite", SqliteDatabase.class));

  private static final Map<ModuleType, Class<? extends BotModule>> CONTRACTS = Map.of(
      ModuleType.CONNECTORS, Connector.class,
      ModuleType.SKILLS, Skill.class,
      ModuleType.DATABASES, Database.class,
      ModuleType.PARSERS, Parser.class);

  /**
   * The implementation of the module {@code name} of {@code type} configured with
   * {@code config}, or empty when there is none.
   *
   * @throws IllegalArgumentException when {@code module} names a class that cannot be used
   */
  Optional<Implementation> find(ModuleType type, String name, JsonObject config) {
    String className = config.getString("module", "");
    if (!className.isBlank()) {
      return Optional.of(load(type, className, config.getString("path")));
    }
    return builtin(type, name);
  }

  /** The builtin module {@code name} of {@code type}; looking it up loads no code. */
  Optional<Implementation> builtin(ModuleType type, String name) {
    if (type == ModuleType.PARSERS) {
      return PARSERS.contains(name) ? Optional.of(Implementation.parser()) : Optional.empty();
    }
    Class<? extends BotModule> builtin = BUILTIN.get(type).get(name);
    return Optional.ofNullable(builtin).map(found -> new Implementation(found, true,
        Implementation.locationOf(found)));
  }

  /**
   * Loads {@code className} and checks that it is a module of {@code type} before any of
   * its code runs; then runs its static initialisers, here on the caller's worker thread
   * rather than later on an event loop. A loader made for {@code path} that yields no
   * module is closed at once.
   */
  private Implementation load(ModuleType type, String className, String path) {
    URLClassLoader own = ownLoaderFor(path);
    try {
      Class<? extends BotModule> moduleClass =
          moduleClass(type, className, path, own != null ? own : getClass().getClassLoader());
      return new Implementation(moduleClass, false, Implementation.locationOf(moduleClass),
          own);
    } catch (RuntimeException e) {
      closeQuietly(own);
      throw e;
    }
  }

  private static Class<? extends BotModule> moduleClass(ModuleType type, String className,
      String path, ClassLoader loader) {
    Class<?> loaded;
    try {
      loaded = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException("class " + className + " not found"
          + (path == null ? "" : " in " + path));
    }
    Class<? extends BotModule> contract = CONTRACTS.get(type);
    if (!contract.isAssignableFrom(loaded)) {
      throw new IllegalArgumentException("class " + className + " is not a "
          + contract.getSimpleName());
    }
    initialise(loaded);
    return loaded.asSubclass(BotModule.class);
  }

  private static void initialise(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("class " + type.getName()
          + " failed to initialise: " + cause);
    }
  }

  /**
   * A new loader for {@code path} at each start, so that a reload picks up a rebuilt jar;
   * {@code null} when there is no path and the bot's own class path serves.
   */
  private URLClassLoader ownLoaderFor(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    File location = new File(path);
    if (!location.exists()) {
      throw new IllegalArgumentException("path " + path + " does not exist");
    }
    try {
      return new URLClassLoader(new URL[] {location.toURI().toURL()},
          getClass().getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("path " + path + " is not usable: " + e.getMessage());
    }
  }

  private static void closeQuietly(URLClassLoader loader) {
    if (loader == null) {
      return;
    }
    try {
      loader.close();
    } catch (IOException e) {
      // Nothing was loaded from it that anyone uses; what the close failed at is moot.
    }
  }
}
