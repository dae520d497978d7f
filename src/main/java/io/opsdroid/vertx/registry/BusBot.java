package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.module.Bot;
import io.opsdroid.vertx.module.Memory;
import io.opsdroid.vertx.module.ReceivedMessage;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;

/** The bot as a module sees it, reached over the event bus through the registry. */
final class BusBot implements Bot, Memory {

  private final EventBus bus;
  private final String moduleName;

  BusBot(EventBus bus, String moduleName) {
    this.bus = bus;
    this.moduleName = moduleName;
  }

  @Override
  public Memory memory() {
    return this;
  }

  @Override
  public void receive(ReceivedMessage message) {
    bus.send(Addresses.MESSAGE_RECEIVED, new JsonObject()
        .put("connector", moduleName)
        .put("text", message.text())
        .put("user", message.user())
        .put("user_id", message.userId())
        .put("target", message.target()));
  }

  @Override
  public Future<Void> send(String connector, String target, String text) {
    JsonObject request = new JsonObject()
        .put("connector", connector)
        .put("target", target)
        .put("text", text);
    return bus.request(Addresses.MESSAGE_SEND, request).mapEmpty();
  }

  @Override
  public Future<Object> get(String key) {
    return memoryRequest("get", key, null).map(reply -> reply.getValue("value"));
  }

  @Override
  public Future<Void> put(String key, Object value) {
    return memoryRequest("put", key, value).mapEmpty();
  }

  @Override
  public Future<Void> delete(String key) {
    return memoryRequest("delete", key, null).mapEmpty();
  }

  private Future<JsonObject> memoryRequest(String op, String key, Object value) {
    JsonObject request = new JsonObject().put("op", op).put("key", key).put("value", value);
    return bus.<JsonObject>request(Addresses.MEMORY, request)
        .map(io.vertx.core.eventbus.Message::body);
  }
}
