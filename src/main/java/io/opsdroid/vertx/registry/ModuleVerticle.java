package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.module.Bot;
import io.opsdroid.vertx.module.BotModule;
import io.opsdroid.vertx.module.Connector;
import io.opsdroid.vertx.module.Database;
import io.opsdroid.vertx.module.Intent;
import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.ModuleConfigException;
import io.opsdroid.vertx.module.ModuleContext;
import io.opsdroid.vertx.module.Parser;
import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.skill.SkillRuntime;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Runs one module in a verticle of its own, so that a restart is an undeploy and a deploy:
 * everything the module registered goes with it, and nothing else is touched.
 */
final class ModuleVerticle extends VerticleBase {

  private final ModuleType type;
  private final String name;
  private final BotModule module;
  private final ModuleConfig moduleConfig;
  /** Where the bot's requests reach the module while it runs. */
  private MessageConsumer<JsonObject> binding;

  ModuleVerticle(ModuleType type, String name, BotModule module, JsonObject config) {
    this.type = type;
    this.name = name;
    this.module = module;
    this.moduleConfig = new ModuleConfig(name, config);
  }

  @Override
  public Future<?> start() {
    if (module instanceof Parser) {
      try {
        ParserSettings.of(moduleConfig);
      } catch (ModuleConfigException e) {
        return Future.failedFuture(e);
      }
    }
    return module.start(new Context()).compose(started -> bind());
  }

  /**
   * Stops the bot's requests to the module first, then the module: a module slower to stop
   * than the registry waits for answers nothing after, beside the instance that replaces it.
   */
  @Override
  public Future<?> stop() {
    // TODO: consumers a module registered itself (a connector's socket requests) stay until
    // its stop ends, as Vert.x releases them only then; one whose stop never ends keeps them.
    Future<Void> unbound = binding == null ? Future.succeededFuture() : binding.unregister();
    return unbound.compose(done -> module.stop());
  }

  private Future<Void> bind() {
    binding = switch (type) {
      case CONNECTORS -> vertx.eventBus()
          .<JsonObject>consumer(Addresses.connectorSend(name), this::deliver);
      case DATABASES -> vertx.eventBus()
          .<JsonObject>consumer(Addresses.database(name), this::store);
      case SKILLS -> new SkillRuntime(vertx, name, (Skill) module).bind();
      case PARSERS -> vertx.eventBus()
          .<JsonObject>consumer(Addresses.parserParse(name), this::parse);
    };
    return binding.completion();
  }

  private void deliver(Message<JsonObject> request) {
    JsonObject body = request.body();
    ((Connector) module).send(body.getString("target"), body.getString("text"))
        .onSuccess(sent -> request.reply(new JsonObject()))
        .onFailure(failure -> request.fail(FailureCodes.INTERNAL,
            "connector '" + name + "' could not send: " + failure.getMessage()));
  }

  private void parse(Message<JsonObject> request) {
    Future<List<Intent>> parsed;
    try {
      parsed = ((Parser) module).parse(request.body().getString("text", ""));
    } catch (RuntimeException e) {
      parsed = Future.failedFuture(e);
    }
    parsed
        .onSuccess(intents -> request.reply(new JsonObject().put("intents", toJson(intents))))
        .onFailure(failure -> request.fail(FailureCodes.INTERNAL,
            "parser '" + name + "' failed: " + failure.getMessage()));
  }

  private static JsonArray toJson(List<Intent> intents) {
    JsonArray json = new JsonArray();
    if (intents != null) {
      intents.forEach(intent -> json.add(new JsonObject()
          .put("name", intent.name())
          .put("score", intent.score())
          .put("entities", intent.entities())));
    }
    return json;
  }

  private void store(Message<JsonObject> request) {
    MemoryOperation.apply((Database) module, name, request);
  }

  /** What the module sees of its surroundings. */
  private final class Context implements ModuleContext {

    @Override
    public Vertx vertx() {
      return vertx;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ModuleType type() {
      return type;
    }

    @Override
    public ModuleConfig config() {
      return moduleConfig;
    }

    @Override
    public Bot bot() {
      return new BusBot(vertx.eventBus(), name);
    }
  }
}
