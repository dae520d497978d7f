package io.opsdroid.vertx.registry;

import static io.opsdroid.vertx.registry.BusClientVerticle.patch;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.api.JsonDepth;
import io.opsdroid.vertx.testing.StopTestBots;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry's event-bus API, used by a verticle of someone else's that knows only the
 * public addresses and JSON bodies: it reads and changes what the HTTP API does.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class EventBusApiTest {

  private static final String MODULES = """
      connectors: {}
      skills:
        mine:
          module: io.opsdroid.vertx.registry.FailOnDemandSkill
          value: first
          api-key: planted-secret
      """;

  @TempDir
  Path folder;

  private final List<Object> bodies = new CopyOnWriteArrayList<>();
  private final BusClientVerticle client = new BusClientVerticle();
  private RegistryBot bot;

  @BeforeEach
  void startBotAndClient(Vertx vertx, VertxTestContext ctx) {
    vertx.eventBus().addOutboundInterceptor(delivery -> {
      bodies.add(delivery.body());
      delivery.next();
    });
    RegistryBot.start(vertx, folder, MODULES)
        .compose(started -> {
          bot = started;
          return vertx.deployVerticle(client);
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @ParameterizedTest
  @ValueSource(strings = {Addresses.STATS_GET, Addresses.MODULES_LIST, Addresses.CONFIG_GET,
      Addresses.MODULE_PATCH, Addresses.WEBHOOK_CALL, Addresses.MESSAGE_SEND,
      Addresses.MEMORY})
  void bodyThatIsNotAJsonObjectIsRefusedAsInvalid(String address, Vertx vertx,
      VertxTestContext ctx) {
    vertx.eventBus().request(address, "skills")
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertFailure(failure, FailureCodes.INVALID_REQUEST);
          ctx.completeNow();
        })));
  }

  @Test
  void modulesStatsAndConfigReadOverTheBusEqualWhatHttpShows(VertxTestContext ctx) {
    Future<JsonObject> busSkills = client.request(Addresses.MODULES_LIST,
        new JsonObject().put("module_type", "skills"));
    Future<JsonObject> busStats = client.request(Addresses.STATS_GET, new JsonObject());
    Future<JsonObject> busConfig = client.request(Addresses.CONFIG_GET, new JsonObject());

    Future.all(busSkills, busStats, busConfig)
        .compose(bus -> Future.all(bot.getJson("/skills"), bot.getJson("/stats"),
            bot.getJson("/config")))
        .onComplete(ctx.succeeding(http -> ctx.verify(() -> {
          assertThat(busSkills.result()).isEqualTo(http.resultAt(0));
          assertThat(busStats.result()).isEqualTo(http.resultAt(1));
          assertThat(busConfig.result()).isEqualTo(http.resultAt(2));
          assertThat(busSkills.result().getJsonObject("mine").getString("value"))
              .isEqualTo("first");
          assertThat(busSkills.result().encode()).doesNotContain("planted-secret");
          assertThat(busStats.result().getJsonObject("modules").getInteger("skills"))
              .isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void patchOverTheBusRestartsTheModuleAndPublishesTheChange(VertxTestContext ctx) {
    Future<JsonObject> changed = client.nextChangeOf("mine");
    JsonObject request = patch("skills", "mine", new JsonObject().put("value", "second"));

    client.request(Addresses.MODULE_PATCH, request)
        .compose(reply -> changed.map(event -> List.of(reply, event)))
        .onComplete(ctx.succeeding(replyAndEvent -> ctx.verify(() -> {
          JsonObject reply = replyAndEvent.get(0);
          assertThat(reply.getString("module_type")).isEqualTo("skills");
          assertThat(reply.getString("module_name")).isEqualTo("mine");
          assertThat(reply.getString("state")).isEqualTo("running");
          assertThat(reply.getJsonArray("changed").getList()).containsExactly("value");
          assertThat(reply.getJsonObject("config").getString("value")).isEqualTo("second");
          assertThat(reply.encode()).doesNotContain("planted-secret");
          assertThat(replyAndEvent.get(1)).isEqualTo(new JsonObject()
              .put("module_type", "skills")
              .put("module_name", "mine")
              .put("state", "running"));
        })))
        .compose(verified -> bot.whoami("mine"))
        .onComplete(ctx.succeeding(whoami -> ctx.verify(() -> {
          assertThat(whoami.status()).isEqualTo(200);
          assertThat(whoami.json().getString("value")).isEqualTo("second");
          ctx.completeNow();
        })));
  }

  @Test
  void patchWithoutModuleNameFailsWithInvalidRequestAndChangesNothing(VertxTestContext ctx) {
    JsonObject request = patch("skills", "mine", new JsonObject().put("value", "second"));
    request.remove("module_name");

    client.request(Addresses.MODULE_PATCH, request)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertFailure(failure, FailureCodes.INVALID_REQUEST);
          assertThat(failure.getMessage()).contains("module_name");
        })))
        .recover(failed -> client.request(Addresses.CONFIG_GET, new JsonObject()))
        .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
          assertThat(config.getJsonObject("skills").getJsonObject("mine").getString("value"))
              .isEqualTo("first");
          ctx.completeNow();
        })));
  }

  @Test
  void patchNestedDeeperThanTheLimitFailsWithInvalidRequestAndChangesNothing(
      VertxTestContext ctx) {
    JsonObject deep = new JsonObject().put("leaf", true);
    for (int level = 0; level < 500; level++) {
      deep = new JsonObject().put("next", deep);
    }
    JsonObject request = patch("skills", "mine", new JsonObject().put("value", deep));

    client.request(Addresses.MODULE_PATCH, request)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertFailure(failure, FailureCodes.INVALID_REQUEST);
          assertThat(failure.getMessage()).contains("deeper than " + JsonDepth.MAX);
        })))
        .recover(failed -> client.request(Addresses.CONFIG_GET, new JsonObject()))
        .onComplete(ctx.succeeding(config -> ctx.verify(() -> {
          assertThat(config.getJsonObject("skills").getJsonObject("mine").getString("value"))
              .isEqualTo("first");
          ctx.completeNow();
        })));
  }

  @Test
  void patchOfAnUnknownTypeFailsWithInvalidRequest(VertxTestContext ctx) {
    JsonObject request = patch("widgets", "mine", new JsonObject());

    client.request(Addresses.MODULE_PATCH, request)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertFailure(failure, FailureCodes.INVALID_REQUEST);
          assertThat(failure.getMessage()).contains("module_type");
          ctx.completeNow();
        })));
  }

  @Test
  void patchOfAnUnknownModuleFailsWithNotFound(VertxTestContext ctx) {
    JsonObject request = patch("skills", "nosuchskill", new JsonObject().put("value", 1));

    client.request(Addresses.MODULE_PATCH, request)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertFailure(failure, FailureCodes.NOT_FOUND);
          assertThat(failure.getMessage()).contains("nosuchskill");
          ctx.completeNow();
        })));
  }

  @Test
  void listOfAnUnknownTypeFailsWithInvalidRequest(VertxTestContext ctx) {
    JsonObject request = new JsonObject().put("module_type", "widgets");

    client.request(Addresses.MODULES_LIST, request)
        .onComplete(ctx.failing(failure -> ctx.verify(() -> {
          assertFailure(failure, FailureCodes.INVALID_REQUEST);
          ctx.completeNow();
        })));
  }

  /** A clustered event bus has no local-only codec: every body must be plain JSON. */
  @Test
  void everyBodyTheApiSendsIsJson(VertxTestContext ctx) {
    JsonObject good = patch("skills", "mine", new JsonObject().put("value", "second"));
    JsonObject unknown = patch("skills", "nosuchskill", new JsonObject());

    Future<JsonObject> refused = client.request(Addresses.MODULE_PATCH, unknown);
    Future.all(
            client.request(Addresses.MODULES_LIST, new JsonObject().put("module_type", "skills")),
            client.request(Addresses.STATS_GET, new JsonObject()),
            client.request(Addresses.CONFIG_GET, new JsonObject()),
            client.request(Addresses.MODULE_PATCH, good),
            bot.whoami("mine"))
        .transform(answered -> refused.transform(Future::succeededFuture))
        .onComplete(ctx.succeeding(refusal -> ctx.verify(() -> {
          assertThat(refusal.failed()).as("a patch of an unknown module fails").isTrue();
          assertFailure(refusal.cause(), FailureCodes.NOT_FOUND);
          // Six requests and their six replies at the least, the refusal among them.
          assertThat(bodies).hasSizeGreaterThanOrEqualTo(12).allSatisfy(body -> assertThat(body)
              .isInstanceOfAny(JsonObject.class, ReplyException.class));
          // And what a JsonObject holds is JSON too, as a clustered bus writes it.
          bodies.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
              .forEach(body -> assertThat(new JsonObject(body.encode())).isEqualTo(body));
          ctx.completeNow();
        })));
  }

  private static void assertFailure(Throwable failure, int code) {
    assertThat(failure).isInstanceOf(ReplyException.class);
    ReplyException reply = (ReplyException) failure;
    assertThat(reply.failureType()).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
    assertThat(reply.failureCode()).isEqualTo(code);
  }
}
