package io.opsdroid.vertx.module;

import io.opsdroid.vertx.api.ModuleType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * A module context for tests: a real Vert.x, a name, a type and a configuration section,
 * and a bot that refuses every call, for modules that need none.
 */
public final class TestModuleContext implements ModuleContext {

  private final Vertx vertx;
  private final String name;
  private final ModuleType type;
  private final ModuleConfig config;

  public TestModuleContext(Vertx vertx, String name, ModuleType type, JsonObject config) {
    this.vertx = vertx;
    this.name = name;
    this.type = type;
    this.config = new ModuleConfig(name, config);
  }

  /** A database module named {@code name} with the configuration section {@code config}. */
  public static TestModuleContext database(Vertx vertx, String name, JsonObject config) {
    return new TestModuleContext(vertx, name, ModuleType.DATABASES, config);
  }

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
    return config;
  }

  @Override
  public Bot bot() {
    return UnsupportedBot.INSTANCE;
  }

  /** A bot for modules under test that should not reach it: every call throws. */
  private static final class UnsupportedBot implements Bot {

    private static final Bot INSTANCE = new UnsupportedBot();

    @Override
    public Memory memory() {
      throw unsupported("memory");
    }

    @Override
    public void receive(ReceivedMessage message) {
      throw unsupported("receive");
    }

    @Override
    public Future<Void> send(String connector, String target, String text) {
      throw unsupported("send");
    }

    private static UnsupportedOperationException unsupported(String method) {
      return new UnsupportedOperationException("the test bot does not support " + method);
    }
  }
}
