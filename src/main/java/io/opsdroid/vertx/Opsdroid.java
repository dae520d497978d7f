package io.opsdroid.vertx;

import io.opsdroid.vertx.config.BotConfig;
import io.opsdroid.vertx.config.ConfigException;
import io.opsdroid.vertx.config.WebSettings;
import io.opsdroid.vertx.registry.RegistryVerticle;
import io.opsdroid.vertx.skill.match.SchedulerClock;
import io.opsdroid.vertx.web.HttpVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Starts a bot in a Vert.x instance: the registry with its modules, then the HTTP API. */
public final class Opsdroid {

  private Opsdroid() {
  }

  public static Future<RunningBot> start(Vertx vertx, BotConfig config) {
    return start(vertx, config, null);
  }

  /**
   * @param clock the clock of crontab schedules, or {@code null} for the system's; tests
   *     pass one they can move
   */
  public static Future<RunningBot> start(Vertx vertx, BotConfig config, SchedulerClock clock) {
    return checkTls(vertx, config)
        .compose(checked -> vertx.deployVerticle(new RegistryVerticle(config, clock)))
        .compose(registry -> deployHttp(vertx, config.web())
            .map(http -> new RunningBot(vertx, registry, http.ids(), http.port())));
  }

  /** A missing certificate stops startup: never a silent fall back to plain HTTP. */
  private static Future<Void> checkTls(Vertx vertx, BotConfig config) {
    WebSettings web = config.web();
    if (!web.ssl()) {
      return Future.succeededFuture();
    }
    return readable(vertx, config.source(), "web.ssl.cert", web.sslCert())
        .compose(cert -> readable(vertx, config.source(), "web.ssl.key", web.sslKey()));
  }

  private static Future<Void> readable(Vertx vertx, String source, String key, String file) {
    return vertx.fileSystem().readFile(file)
        .recover(failure -> Future.failedFuture(new ConfigException(source + ": '" + key
            + "' file cannot be read: " + file)))
        .mapEmpty();
  }

  private static Future<Http> deployHttp(Vertx vertx, WebSettings web) {
    List<HttpVerticle> instances = new CopyOnWriteArrayList<>();
    DeploymentOptions options = new DeploymentOptions()
        .setInstances(web.instances())
        .setConfig(web.toJson());
    return vertx.deployVerticle(() -> {
      HttpVerticle verticle = new HttpVerticle();
      instances.add(verticle);
      return verticle;
    }, options)
        .map(id -> new Http(List.of(id), instances.get(0).actualPort()))
        .recover(failure -> Future.failedFuture(failure instanceof ConfigException ? failure
            : new IllegalStateException("the API cannot listen on " + web.host() + ":"
                + web.port() + " (" + failure.getMessage() + ")", failure)));
  }

  private record Http(List<String> ids, int port) {
  }
}
