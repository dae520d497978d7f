package io.opsdroid.vertx;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;

/**
 * A started bot: its registry and its HTTP verticles.
 *
 * @param port the port the API listens on
 */
public record RunningBot(Vertx vertx, String registryDeployment, List<String> httpDeployments,
    int port) {

  /** Stops the HTTP verticles first, so no request reaches a stopping registry. */
  public Future<Void> stop() {
    Future<Void> http = Future.join(httpDeployments.stream().map(vertx::undeploy).toList())
        .mapEmpty();
    return http.transform(done -> vertx.undeploy(registryDeployment));
  }
}
