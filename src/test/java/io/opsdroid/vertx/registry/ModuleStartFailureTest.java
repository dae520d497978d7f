package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A module that does not start: rolled back on a PATCH, listed with its error at startup. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ModuleStartFailureTest {

  private static final String PICKY = """
      connectors: {}
      skills:
        picky:
          module: io.opsdroid.vertx.registry.FailOnDemandSkill
          value: old
      """;

  @TempDir
  Path folder;

  @Test
  void patchWhoseModuleFailsToStartIsRolledBackTo422(Vertx vertx, VertxTestContext ctx) {
    JsonObject failing = new JsonObject().put("value", "new").put("fail", true);

    RegistryBot.start(vertx, folder, PICKY)
        .compose(bot -> bot.patch("skills", "picky", failing)
            .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
              assertThat(reply.status()).isEqualTo(422);
              assertThat(reply.header("Content-Type")).isEqualTo("application/json");
              assertThat(reply.json().getString("error"))
                  .contains("picky", "'fail'", FailOnDemandSkill.REFUSAL);
            })))
            .compose(patched -> Future.all(bot.getJson("/skills"), bot.getJson("/config"),
                bot.whoami("picky"))))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
          JsonObject listed = after.<JsonObject>resultAt(0).getJsonObject("picky");
          assertThat(listed.getString("value")).isEqualTo("old");
          assertThat(listed.containsKey("fail")).isFalse();
          assertThat(listed.getString("state")).isEqualTo("running");
          assertThat(listed.containsKey("error")).isFalse();
          JsonObject config = after.<JsonObject>resultAt(1).getJsonObject("skills");
          assertThat(config.getJsonObject("picky").getString("value")).isEqualTo("old");
          Reply whoami = after.resultAt(2);
          assertThat(whoami.status()).isEqualTo(200);
          assertThat(whoami.json().getString("value")).isEqualTo("old");
          ctx.completeNow();
        })));
  }

  /** The failed instance registered a consumer before failing; it must not outlive it. */
  @Test
  void failedStartLeavesNothingBehindBesideTheRestoredInstance(Vertx vertx,
      VertxTestContext ctx) {
    JsonObject failing = new JsonObject().put("fail", true);

    RegistryBot.start(vertx, folder, PICKY)
        .compose(bot -> bot.patch("skills", "picky", failing)
            .compose(rolledBack -> bot.whoami("picky")))
        .compose(whoami -> askTwice(vertx).map(answers -> List.of(
            whoami.json().getLong("instance"), answers.get(0), answers.get(1))))
        .onComplete(ctx.succeeding(instances -> ctx.verify(() -> {
          assertThat(instances).containsOnly(instances.get(0));
          ctx.completeNow();
        })));
  }

  @Test
  void registryTakesTheNextPatchAfterARollback(Vertx vertx, VertxTestContext ctx) {
    JsonObject failing = new JsonObject().put("value", "new").put("fail", true);
    JsonObject good = new JsonObject().put("value", "newer");

    RegistryBot.start(vertx, folder, PICKY)
        .compose(bot -> bot.patch("skills", "picky", failing)
            .compose(rolledBack -> bot.patch("skills", "picky", good))
            .compose(patched -> bot.whoami("picky").map(whoami -> new Reply[] {patched,
                whoami})))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies[0].status()).isEqualTo(200);
          assertThat(replies[0].json().getJsonArray("changed").getList())
              .containsExactly("value");
          assertThat(replies[1].json().getString("value")).isEqualTo("newer");
          ctx.completeNow();
        })));
  }

  @Test
  void rollbackWhoseOldConfigNoLongerStartsSaysSo(Vertx vertx, VertxTestContext ctx) {
    Path trap = folder.resolve("trap");
    String modules = """
        connectors: {}
        skills:
          picky:
            module: io.opsdroid.vertx.registry.FailOnDemandSkill
            fail-if-file: %s
        """.formatted(trap);

    RegistryBot.start(vertx, folder, modules)
        .compose(bot -> vertx.fileSystem().createFile(trap.toString())
            .compose(trapped -> bot.patch("skills", "picky", new JsonObject().put("fail", true)))
            .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
              assertThat(reply.status()).isEqualTo(422);
              assertThat(reply.json().getString("error"))
                  .contains("'fail'", "did not start again", "'fail-if-file'");
            })))
            .compose(refused -> bot.getJson("/skills")))
        .onComplete(ctx.succeeding(skills -> ctx.verify(() -> {
          JsonObject picky = skills.getJsonObject("picky");
          assertThat(picky.getString("state")).isEqualTo("failed");
          assertThat(picky.getString("error")).contains("'fail-if-file'");
          assertThat(picky.containsKey("fail")).isFalse();
          ctx.completeNow();
        })));
  }

  /** Two requests in a row: two consumers on one address would answer one each. */
  private static Future<List<Long>> askTwice(Vertx vertx) {
    String address = FailOnDemandSkill.address("picky");
    return vertx.eventBus().<JsonObject>request(address, new JsonObject())
        .compose(first -> vertx.eventBus().<JsonObject>request(address, new JsonObject())
            .map(second -> List.of(first.body().getLong("instance"),
                second.body().getLong("instance"))));
  }

  @Test
  void moduleThatFailedAtStartupIsListedWithItsErrorAndCanBeFixed(Vertx vertx,
      VertxTestContext ctx) {
    String modules = """
        connectors: {}
        skills:
          broken:
            module: io.opsdroid.vertx.registry.FailOnDemandSkill
            fail: true
            value: fixed
        """;

    RegistryBot.start(vertx, folder, modules)
        .compose(bot -> Future.all(bot.getJson("/skills"), bot.runningSkills())
            .onComplete(ctx.succeeding(before -> ctx.verify(() -> {
              JsonObject broken = before.<JsonObject>resultAt(0).getJsonObject("broken");
              assertThat(broken.getString("state")).isEqualTo("failed");
              assertThat(broken.getString("error")).contains("'fail'");
              assertThat(before.<Integer>resultAt(1)).isZero();
            })))
            .compose(listed -> bot.patch("skills", "broken", new JsonObject().put("fail", false)))
            .compose(patched -> Future.all(Future.succeededFuture(patched),
                bot.whoami("broken"), bot.runningSkills())))
        .onComplete(ctx.succeeding(after -> ctx.verify(() -> {
          Reply patched = after.resultAt(0);
          assertThat(patched.status()).isEqualTo(200);
          assertThat(patched.json().getString("state")).isEqualTo("running");
          assertThat(after.<Reply>resultAt(1).json().getString("value")).isEqualTo("fixed");
          assertThat(after.<Integer>resultAt(2)).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void moduleWhoseClassIsNotTextIsListedAsFailed(Vertx vertx, VertxTestContext ctx) {
    String modules = """
        connectors: {}
        skills:
          odd:
            module: 5
        """;

    RegistryBot.start(vertx, folder, modules)
        .compose(bot -> bot.get("/skills"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          JsonObject odd = reply.json().getJsonObject("odd");
          assertThat(odd.getString("state")).isEqualTo("failed");
          assertThat(odd.getString("error")).contains("class 5");
          ctx.completeNow();
        })));
  }

  @Test
  void rollbackKeepsWhatTheMemoryDatabaseHeld(Vertx vertx, VertxTestContext ctx) {
    String modules = "connectors: {}\ndatabases:\n  memory: {}\n";
    JsonObject put = new JsonObject().put("op", "put").put("key", "kept")
        .put("value", new JsonObject().put("seen", 3));
    JsonObject get = new JsonObject().put("op", "get").put("key", "kept");
    JsonObject broken = new JsonObject().put("module", "com.example.NoSuchDatabase");

    RegistryBot.start(vertx, folder, modules)
        .compose(bot -> vertx.eventBus().request(Addresses.MEMORY, put)
            .compose(stored -> bot.patch("databases", "memory", broken)))
        .compose(refused -> vertx.eventBus().<JsonObject>request(Addresses.MEMORY, get)
            .map(read -> List.of(refused.status(), read.body())))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).isEqualTo(422);
          assertThat(result.get(1)).isEqualTo(new JsonObject()
              .put("value", new JsonObject().put("seen", 3)));
          ctx.completeNow();
        })));
  }

  @Test
  void errorThatQuotesASecretIsShownWithTheSecretMasked(Vertx vertx, VertxTestContext ctx) {
    String modules = """
        connectors: {}
        skills:
          leaky:
            module: io.opsdroid.vertx.registry.FailOnDemandSkill
            api-token: LEAK-first-token
            fail-quoting: api-token
        """;
    JsonObject retry = new JsonObject().put("api-token", "LEAK-second-token");

    RegistryBot.start(vertx, folder, modules)
        .compose(bot -> Future.all(bot.get("/skills"), bot.patch("skills", "leaky", retry)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          Reply listed = replies.resultAt(0);
          assertThat(listed.json().getJsonObject("leaky").getString("error"))
              .contains("login refused for ***");
          Reply patched = replies.resultAt(1);
          assertThat(patched.status()).isEqualTo(422);
          assertThat(patched.json().getString("error"))
              .contains("login refused for ***)", "did not start again (login refused for ***)");
          assertThat(listed.text() + patched.text()).doesNotContain("LEAK");
          ctx.completeNow();
        })));
  }
}
