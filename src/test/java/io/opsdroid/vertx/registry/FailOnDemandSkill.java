package io.opsdroid.vertx.registry;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * A test skill that refuses to start when its config says {@code fail: true}, the way a
 * skill refuses a config it cannot work with: by throwing an exception that names the key.
 * It also fails, later, when the file named by {@code fail-if-file} exists, as a skill
 * whose surroundings changed would; a test creates the file when the time has come. With
 * {@code fail-quoting: <key>}, it fails with an error that quotes the value of that key, as
 * a module would that puts what it was given (a URL, a token) in its error.
 *
 * <p>Before it checks, it takes requests at {@link #address}, as a module that acquires
 * something early in its start would; a start that fails must leave nothing behind there.
 */
public class FailOnDemandSkill extends WhoAmISkill {

  /** The words of the refusal, which the registry's error must pass on. */
  public static final String REFUSAL = "asks this skill not to start";

  /** Where the instance of the skill named {@code name} answers with its instance number. */
  public static String address(String name) {
    return "test.fail-on-demand." + name;
  }

  @Override
  protected Future<Void> onStart() {
    vertx().eventBus().<JsonObject>consumer(address(name()),
        request -> request.reply(new JsonObject().put("instance", instance())));
    if (config().getBoolean("fail", false)) {
      throw config().invalid("fail", REFUSAL);
    }
    String quoted = config().getString("fail-quoting", null);
    if (quoted != null) {
      return Future.failedFuture(new IllegalStateException("login refused for "
          + config().getString(quoted, "nothing")));
    }
    String file = config().getString("fail-if-file", null);
    if (file == null) {
      return Future.succeededFuture();
    }
    return vertx().fileSystem().exists(file).compose(exists -> exists
        ? Future.failedFuture(config().invalid("fail-if-file", "names a file that exists"))
        : Future.succeededFuture());
  }
}
