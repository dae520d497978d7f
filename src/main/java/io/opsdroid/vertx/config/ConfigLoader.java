package io.opsdroid.vertx.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Reads opsdroid's YAML configuration with Vert.x Config, substitutes environment variables
 * and checks its shape. Every failure is a {@link ConfigException} whose message is one line
 * naming the file and the problem.
 */
public final class ConfigLoader {

  private final Vertx vertx;
  private final Map<String, String> environment;

  public ConfigLoader(Vertx vertx, Map<String, String> environment) {
    this.vertx = vertx;
    this.environment = environment;
  }

  public Future<BotConfig> load(String file) {
    return vertx.fileSystem()
        .exists(file)
        .compose(exists -> exists ? readYaml(file) : Future.failedFuture(
            new ConfigException(file + ": configuration file not found")))
        .map(json -> check(file, json));
  }

  private Future<JsonObject> readYaml(String file) {
    ConfigStoreOptions store = new ConfigStoreOptions()
        .setType("file")
        .setFormat("yaml")
        .setConfig(new JsonObject().put("path", file));
    ConfigRetrieverOptions options = new ConfigRetrieverOptions()
        .setIncludeDefaultStores(false)
        .setScanPeriod(-1)
        .addStore(store);
    ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
    return retriever.getConfig()
        .recover(failure -> Future.failedFuture(
            new ConfigException(file + ": not a valid YAML mapping: " + firstLine(failure))))
        .eventually(retriever::close);
  }

  private BotConfig check(String file, JsonObject json) {
    try {
      JsonObject substituted = new EnvironmentSubstitution(environment).apply(json);
      return new ConfigShape(file, substituted).check();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
  }

  private static String firstLine(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
