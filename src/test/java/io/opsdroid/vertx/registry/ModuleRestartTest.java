package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A PATCH restarts its own module only; {@code enabled} stops and starts it. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ModuleRestartTest {

  private static final String MODULES = """
      connectors:
        websocket: {}
      skills:
        hello: {}
        changed:
          module: io.opsdroid.vertx.registry.FailOnDemandSkill
          value: one
        bystander:
          module: io.opsdroid.vertx.registry.SlowStartSkill
          value: untouched
      """;

  @TempDir
  Path folder;

  private RegistryBot bot;

  @BeforeEach
  void startBot(Vertx vertx, VertxTestContext ctx) {
    RegistryBot.start(vertx, folder, MODULES)
        .onComplete(ctx.succeeding(started -> {
          bot = started;
          ctx.completeNow();
        }));
  }

  @Test
  void patchRestartsItsModuleAndLeavesTheOthersRunning(VertxTestContext ctx) {
    Future.all(bot.whoami("changed"), bot.whoami("bystander"))
        .compose(before -> bot.patch("skills", "changed", value("two"))
            .compose(patched -> Future.all(bot.whoami("changed"), bot.whoami("bystander")))
            .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
              Reply changed = after.resultAt(0);
              Reply bystander = after.resultAt(1);
              assertThat(instanceOf(changed)).isNotEqualTo(instanceOf(before.resultAt(0)));
              assertThat(changed.json().getString("value")).isEqualTo("two");
              assertThat(instanceOf(bystander)).isEqualTo(instanceOf(before.resultAt(1)));
              assertThat(bystander.json().getString("value")).isEqualTo("untouched");
              ctx.completeNow();
            }))));
  }

  @Test
  void connectorSocketStaysOpenAndAnswersThroughASkillRestart(VertxTestContext ctx) {
    AtomicBoolean closed = new AtomicBoolean();
    Promise<String> answer = Promise.promise();

    bot.bot().openSocket("websocket")
        .compose(socket -> {
          socket.closeHandler(ignored -> closed.set(true));
          socket.textMessageHandler(answer::tryComplete);
          return bot.patch("skills", "changed", value("two")).map(patched -> socket);
        })
        .compose(socket -> socket.writeTextMessage("hi").compose(sent -> answer.future()))
        .onComplete(ctx.succeeding(text -> ctx.verify(() -> {
          assertThat(text).matches("(Hi|Hello|Hey) .*");
          assertThat(closed).isFalse();
          ctx.completeNow();
        })));
  }

  @Test
  void disabledModuleStopsAnsweringAndIsNotCounted(VertxTestContext ctx) {
    bot.patch("skills", "changed", enabled(false))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.json().getString("state")).isEqualTo("disabled");
        })))
        .compose(disabled -> Future.all(bot.whoami("changed"), bot.runningSkills(),
            bot.getJson("/skills")))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
          assertThat(after.<Reply>resultAt(0).status()).isEqualTo(503);
          assertThat(after.<Integer>resultAt(1)).isEqualTo(2);
          JsonObject listed = after.<JsonObject>resultAt(2).getJsonObject("changed");
          assertThat(listed.getBoolean("enabled")).isFalse();
          assertThat(listed.getString("state")).isEqualTo("disabled");
          ctx.completeNow();
        })));
  }

  @Test
  void reEnabledModuleRunsAsANewInstance(VertxTestContext ctx) {
    bot.whoami("changed")
        .compose(first -> bot.patch("skills", "changed", enabled(false))
            .compose(disabled -> bot.patch("skills", "changed", enabled(true)))
            .compose(enabled -> bot.whoami("changed"))
            .onComplete(ctx.succeeding(again -> ctx.verify(() -> {
              assertThat(again.status()).isEqualTo(200);
              assertThat(instanceOf(again)).isNotEqualTo(instanceOf(first));
              assertThat(again.json().getString("value")).isEqualTo("one");
            }))))
        .compose(checked -> bot.runningSkills())
        .onComplete(ctx.succeeding(running -> ctx.verify(() -> {
          assertThat(running).isEqualTo(3);
          ctx.completeNow();
        })));
  }

  private static JsonObject value(String value) {
    return new JsonObject().put("value", value);
  }

  private static JsonObject enabled(boolean enabled) {
    return new JsonObject().put("enabled", enabled);
  }

  private static long instanceOf(Reply whoami) {
    return whoami.json().getLong("instance");
  }
}
