package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.testing.TestBot;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;

/** A real bot with the command center on, and the HTTP calls the registry's tests make. */
final class RegistryBot {

  static final String TOKEN = "registry-test-token";

  private static final String WEB = """
      web:
        command-center: {enabled: true, token: %s}
      """.formatted(TOKEN);

  private final TestBot bot;

  private RegistryBot(TestBot bot) {
    this.bot = bot;
  }

  /** Starts a bot whose config is the command center plus {@code modules}, in YAML. */
  static Future<RegistryBot> start(Vertx vertx, Path folder, String modules) {
    return TestBot.start(vertx, folder, WEB + modules).map(RegistryBot::new);
  }

  Future<Reply> get(String path) {
    return bot.get(path, authorized());
  }

  Future<JsonObject> getJson(String path) {
    return get(path).map(Reply::json);
  }

  /** How many skills {@code /stats} counts. */
  Future<Integer> runningSkills() {
    return getJson("/stats").map(stats -> stats.getJsonObject("modules").getInteger("skills"));
  }

  /** {@code PATCH /<section>} with the body the command center's clients send. */
  Future<Reply> patch(String section, String name, JsonObject config) {
    JsonObject body = new JsonObject()
        .put("module_type", section)
        .put("module_name", name)
        .put("config", config);
    return bot.request(HttpMethod.PATCH, "/" + section, authorized(), body.encode());
  }

  /** Calls the {@code whoami} webhook of a {@link WhoAmISkill}. */
  Future<Reply> whoami(String skill) {
    return bot.request(HttpMethod.POST, "/skill/" + skill + "/whoami", Map.of(), null);
  }

  TestBot bot() {
    return bot;
  }

  private static Map<String, String> authorized() {
    return Map.of("Authorization", "Bearer " + TOKEN);
  }
}
