package io.opsdroid.vertx;

import ch.qos.logback.classic.Level;
import io.opsdroid.vertx.config.BotConfig;
import io.opsdroid.vertx.config.ConfigException;
import io.opsdroid.vertx.config.ConfigLoader;
import io.vertx.core.Vertx;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot: {@code java -jar opsdroid-vertx.jar [-c FILE]}. The configuration file is
 * the one given with {@code -c} or {@code --config}, else {@code $OPSDROID_CONFIG}, else
 * {@code conf/configuration.yaml}.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  static final String DEFAULT_CONFIG = "conf/configuration.yaml";

  private Main() {
  }

  public static void main(String[] args) {
    String file;
    try {
      file = configFile(args, System.getenv());
    } catch (IllegalArgumentException e) {
      LOG.error("{}; usage: java -jar opsdroid-vertx.jar [-c|--config FILE]", e.getMessage());
      System.exit(1);
      return;
    }
    Vertx vertx = Vertx.vertx();
    new ConfigLoader(vertx, System.getenv()).load(file)
        .onSuccess(Main::applyLogLevel)
        .compose(config -> Opsdroid.start(vertx, config))
        .onSuccess(bot -> started(vertx, bot))
        .onFailure(failure -> exit(vertx, failure));
  }

  /** The configuration file named by the arguments or the environment. */
  static String configFile(String[] args, Map<String, String> environment) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-c") || args[i].equals("--config")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a file");
        }
        return args[i + 1];
      }
      if (args[i].startsWith("--config=")) {
        return args[i].substring("--config=".length());
      }
      throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
    }
    String fromEnvironment = environment.get("OPSDROID_CONFIG");
    return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_CONFIG
        : fromEnvironment;
  }

  private static void applyLogLevel(BotConfig config) {
    String level = config.json().getJsonObject("logging", new io.vertx.core.json.JsonObject())
        .getString("level");
    if (level == null) {
      return;
    }
    String name = switch (level.toLowerCase(Locale.ROOT)) {
      case "warning" -> "WARN";
      case "critical" -> "ERROR";
      default -> level.toUpperCase(Locale.ROOT);
    };
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
        LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(name, Level.INFO));
  }

  private static void started(Vertx vertx, RunningBot bot) {
    LOG.info("opsdroid-vertx {} API listening on port {}", BotVersion.get(), bot.port());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Stopping");
      try {
        bot.stop().compose(stopped -> vertx.close())
            .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("Did not stop cleanly: {}", e.toString());
      }
    }, "opsdroid-shutdown"));
  }

  private static void exit(Vertx vertx, Throwable failure) {
    String message = failure instanceof ConfigException ? failure.getMessage()
        : "cannot start: " + failure.getMessage();
    LOG.error("{}", message);
    vertx.close().onComplete(closed -> System.exit(1));
  }
}
