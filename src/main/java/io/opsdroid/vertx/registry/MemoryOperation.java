package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.module.Database;
import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

/** Carries out a memory request, {@code {"op", "key", "value"}}, on a database. */
final class MemoryOperation {

  private MemoryOperation() {
  }

  /** Answers {@code request} with {@code {"value": ...}}, or fails it with a code. */
  static void apply(Database database, String databaseName, Message<JsonObject> request) {
    JsonObject body = request.body();
    String key = body.getString("key");
    if (key == null) {
      request.fail(FailureCodes.INVALID_REQUEST, "'key' must be a string");
      return;
    }
    Future<Object> result = switch (body.getString("op", "")) {
      case "get" -> database.get(key);
      case "put" -> database.put(key, body.getValue("value")).map(done -> null);
      case "delete" -> database.delete(key).map(done -> null);
      default -> Future.failedFuture(new RegistryFailure(FailureCodes.INVALID_REQUEST,
          "'op' must be get, put or delete"));
    };
    result
        .onSuccess(value -> request.reply(new JsonObject().put("value", value)))
        .onFailure(failure -> RegistryFailure.reply(request, new RegistryFailure(
            failure instanceof RegistryFailure known ? known.code() : FailureCodes.INTERNAL,
            "database '" + databaseName + "': " + failure.getMessage()),
            FailureCodes.INTERNAL));
  }
}
