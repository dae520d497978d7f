package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.module.BotModule;
import io.opsdroid.vertx.skill.match.MessageMatcher;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.security.CodeSource;

/**
 * The code behind a module: a class, and where it was loaded from.
 *
 * @param moduleClass the class instantiated at each start; {@code null} for parsers, which are
 *     switches of the bot's own matching rather than code of their own
 * @param builtin whether it ships with the bot
 * @param location the jar or folder it was loaded from, or {@code null} when unknown
 * @param modulePath the package of the module's code, or {@code null} when unknown
 * @param loader the class loader made for the module's {@code path:}, which holds that jar
 *     or folder open until it is closed; {@code null} for code on the bot's own class path
 */
record Implementation(Class<? extends BotModule> moduleClass, boolean builtin,
    String location, String modulePath, URLClassLoader loader) {

  Implementation(Class<? extends BotModule> moduleClass, boolean builtin, String location) {
    this(moduleClass, builtin, location, null);
  }

  Implementation(Class<? extends BotModule> moduleClass, boolean builtin, String location,
      URLClassLoader loader) {
    this(moduleClass, builtin, location,
        moduleClass == null ? null : moduleClass.getPackageName(), loader);
  }

  /** A parser: the bot's own matching code, so no class is instantiated for it. */
  static Implementation parser() {
    return new Implementation(null, true, locationOf(MessageMatcher.class),
        MessageMatcher.class.getPackageName(), null);
  }

  /** The jar or folder {@code type} was loaded from, or {@code null} when unknown. */
  static String locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    return source.getLocation().getPath();
  }

  BotModule newInstance() {
    try {
      return moduleClass.getDeclaredConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(moduleClass.getName() + " failed to construct: "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(moduleClass.getName()
          + " needs a public constructor without parameters", e);
    }
  }

  /**
   * Closes the loader made for the module's {@code path:}, so that the jar is not held open
   * once no instance of this code runs. Classes it loaded already stay usable. Blocks while
   * the jar closes.
   */
  void closeLoader() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }

  /** The loader fields that every module entry shows, in Java's terms. */
  JsonObject loaderFields(ModuleType type, String name, JsonObject config) {
    String className = moduleClass == null ? null : moduleClass.getName();
    return new JsonObject()
        .put("name", name)
        .put("module", config.getString("module", ""))
        .put("type", type.typeName())
        .put("enabled", config.getBoolean("enabled", true))
        .put("entrypoint", className)
        .put("is_builtin", builtin)
        .put("module_path", modulePath)
        .put("install_path", location)
        .put("branch", null);
  }
}
