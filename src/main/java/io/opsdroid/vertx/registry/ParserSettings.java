package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.ModuleConfigException;

/**
 * What the bot reads from the config of a parser of one's own.
 *
 * @param timeoutMillis how long the bot waits for the parser's intents: {@code timeout},
 *     in seconds, 5 by default
 * @param minScore intents scored below {@code min-score} (0 by default) are left out
 */
record ParserSettings(long timeoutMillis, double minScore) {

  /** @throws ModuleConfigException naming the key of a bad value */
  static ParserSettings of(ModuleConfig config) {
    int timeoutSeconds = config.getInt("timeout", 5, 1, 300);
    double minScore = config.getDouble("min-score", 0, 0, 1);
    return new ParserSettings(timeoutSeconds * 1000L, minScore);
  }
}
