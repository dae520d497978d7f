package io.opsdroid.vertx.module;

/** A module's configuration has a key the module cannot work with. */
public class ModuleConfigException extends RuntimeException {

  private final String module;
  private final String key;

  public ModuleConfigException(String module, String key, String problem) {
    super("module '" + module + "': key '" + key + "' " + problem);
    this.module = module;
    this.key = key;
  }

  public String module() {
    return module;
  }

  public String key() {
    return key;
  }
}
