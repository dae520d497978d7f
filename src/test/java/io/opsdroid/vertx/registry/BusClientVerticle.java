package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.Addresses;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Someone else's verticle: it knows the bot only by its public event-bus API, the addresses
 * of {@link Addresses} and JSON bodies. Requests go out from this verticle's own context.
 */
final class BusClientVerticle extends VerticleBase {

  private final Map<String, Promise<JsonObject>> awaitedChanges = new ConcurrentHashMap<>();

  @Override
  public Future<?> start() {
    return vertx.eventBus()
        .<JsonObject>consumer(Addresses.MODULE_CHANGED, this::moduleChanged)
        .completion();
  }

  /** Sends {@code body} to {@code address}; the reply's body, or its failure. */
  Future<JsonObject> request(String address, JsonObject body) {
    return requestAll(address, List.of(body)).get(0);
  }

  /**
   * Sends each of {@code bodies} to {@code address} in one go, in list order, without
   * waiting for replies; the replies' futures in the same order.
   */
  List<Future<JsonObject>> requestAll(String address, List<JsonObject> bodies) {
    List<Promise<JsonObject>> replies = new ArrayList<>();
    bodies.forEach(body -> replies.add(Promise.promise()));
    context.runOnContext(ignored -> {
      for (int i = 0; i < bodies.size(); i++) {
        vertx.eventBus().<JsonObject>request(address, bodies.get(i))
            .map(Message::body)
            .onComplete(replies.get(i));
      }
    });
    return replies.stream().map(Promise::future).toList();
  }

  /** The next {@link Addresses#MODULE_CHANGED} event about {@code moduleName}. */
  Future<JsonObject> nextChangeOf(String moduleName) {
    return awaitedChanges.computeIfAbsent(moduleName, name -> Promise.promise()).future();
  }

  private void moduleChanged(Message<JsonObject> event) {
    Promise<JsonObject> awaited = awaitedChanges.remove(event.body().getString("module_name"));
    if (awaited != null) {
      awaited.complete(event.body());
    }
  }

  static JsonObject patch(String section, String name, JsonObject config) {
    return new JsonObject()
        .put("module_type", section)
        .put("module_name", name)
        .put("config", config);
  }
}
