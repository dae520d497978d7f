package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.StopTestBots;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A PATCH naming a module the config does not have adds it, if there is code for it. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ModuleAdditionTest {

  private static final String MODULES = """
      connectors: {}
      skills:
        hello: {}
      """;

  private static final String FAIL_ON_DEMAND = FailOnDemandSkill.class.getName();

  @TempDir
  Path folder;

  @Test
  void builtinModuleMissingFromTheConfigIsAddedAndStarted(Vertx vertx, VertxTestContext ctx) {
    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "dance", new JsonObject())
            .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
              assertThat(reply.status()).isEqualTo(200);
              assertThat(reply.json().getString("state")).isEqualTo("running");
            })))
            .compose(added -> lookAround(bot)))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
          JsonObject dance = after.<JsonObject>resultAt(0).getJsonObject("dance");
          assertThat(dance.getString("state")).isEqualTo("running");
          assertThat(dance.getBoolean("is_builtin")).isTrue();
          assertThat(after.<Integer>resultAt(1)).isEqualTo(2);
          assertThat(after.<JsonObject>resultAt(2).getJsonObject("skills").containsKey("dance"))
              .isTrue();
          ctx.completeNow();
        })));
  }

  @Test
  void moduleOfItsOwnIsLoadedOffTheEventLoop(Vertx vertx, VertxTestContext ctx) {
    JsonObject config = new JsonObject().put("module", LoadProbeSkill.class.getName());

    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "probe", config))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(LoadProbeSkill.LOADED_ON).startsWith("vert.x-worker-thread");
          ctx.completeNow();
        })));
  }

  @Test
  void addedModuleServesItsWebhook(Vertx vertx, VertxTestContext ctx) {
    JsonObject config = new JsonObject().put("module", FAIL_ON_DEMAND).put("value", "added");

    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "fresh", config)
            .compose(added -> bot.whoami("fresh")))
        .onComplete(ctx.succeeding(whoami -> ctx.verify(() -> {
          assertThat(whoami.status()).isEqualTo(200);
          assertThat(whoami.json().getString("value")).isEqualTo("added");
          ctx.completeNow();
        })));
  }

  @Test
  void nameWithNoImplementationIs404AndAddsNothing(Vertx vertx, VertxTestContext ctx) {
    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "nosuchskill", new JsonObject())
            .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
              assertThat(reply.status()).isEqualTo(404);
              assertThat(reply.json().getString("error")).contains("nosuchskill");
            })))
            .compose(refused -> lookAround(bot)))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
          assertNotAdded(after, "nosuchskill");
          ctx.completeNow();
        })));
  }

  @Test
  void classThatCannotBeFoundIs404AndAddsNothing(Vertx vertx, VertxTestContext ctx) {
    JsonObject config = new JsonObject().put("module", "org.example.NoSuchSkill");

    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "ghost", config)
            .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
              assertThat(reply.status()).isEqualTo(404);
              assertThat(reply.json().getString("error")).contains("org.example.NoSuchSkill");
            })))
            .compose(refused -> lookAround(bot)))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
          assertNotAdded(after, "ghost");
          ctx.completeNow();
        })));
  }

  @Test
  void newModuleThatFailsToStartIsAnErrorAndNotAdded(Vertx vertx, VertxTestContext ctx) {
    JsonObject config = new JsonObject().put("module", FAIL_ON_DEMAND).put("fail", true);

    RegistryBot.start(vertx, folder, MODULES)
        .compose(bot -> bot.patch("skills", "fresh", config)
            .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
              assertThat(reply.status()).isEqualTo(422);
              assertThat(reply.json().getString("error"))
                  .contains("fresh", "'fail'", "not added");
            })))
            .compose(refused -> lookAround(bot)))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> assertNotAdded(after, "fresh"))))
        .compose(checked -> vertx.eventBus().request(FailOnDemandSkill.address("fresh"),
            new JsonObject()))
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertThat(failure).isInstanceOf(ReplyException.class);
          assertThat(((ReplyException) failure).failureType())
              .isEqualTo(ReplyFailure.NO_HANDLERS);
          ctx.completeNow();
        })));
  }

  /** {@code /skills}, the number of running skills, and {@code /config}. */
  private static Future<CompositeFuture> lookAround(RegistryBot bot) {
    return Future.all(bot.getJson("/skills"), bot.runningSkills(), bot.getJson("/config"));
  }

  private static void assertNotAdded(CompositeFuture after, String name) {
    assertThat(after.<JsonObject>resultAt(0).fieldNames()).containsExactly("hello");
    assertThat(after.<Integer>resultAt(1)).isEqualTo(1);
    assertThat(after.<JsonObject>resultAt(2).getJsonObject("skills").containsKey(name))
        .isFalse();
  }
}
