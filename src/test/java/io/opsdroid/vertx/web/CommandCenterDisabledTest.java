package io.opsdroid.vertx.web;

import static io.opsdroid.vertx.web.ApiAssertions.assertJsonError;

import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.opsdroid.vertx.testing.TestBot.Reply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith({VertxExtension.class, StopTestBots.class})
class CommandCenterDisabledTest {

  private static final String DISABLED = """
      web:
        command-center:
          enabled: false
          token: some-token
      connectors:
        websocket: {}
      skills:
        hello: {}
      """;

  private static final String ABSENT = """
      connectors:
        websocket: {}
      skills:
        hello: {}
      """;

  private static final List<String> PATHS = List.of(
      "/connectors", "/connectors/", "/skills", "/skills/", "/databases", "/databases/",
      "/parsers", "/parsers/", "/config", "/config/");

  private static final String PATCH_SKILL = """
      {"module_type": "skills", "module_name": "hello", "config": {"enabled": false}}""";

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {DISABLED, ABSENT})
  void commandCenterRoutesDoNotExistWhenItIsOff(String yaml, Vertx vertx,
      VertxTestContext ctx) {
    Map<String, String> headers = Map.of("Authorization", "some-token");
    TestBot.start(vertx, folder, yaml).compose(bot -> {
      List<Future<Reply>> replies = new ArrayList<>();
      for (String path : PATHS) {
        replies.add(check(ctx, bot.get(path, headers)));
        replies.add(check(ctx, bot.request(HttpMethod.PATCH, path, headers, PATCH_SKILL)));
      }
      return Future.all(replies);
    }).onComplete(ctx.succeedingThenComplete());
  }

  private static Future<Reply> check(VertxTestContext ctx, Future<Reply> reply) {
    return reply.onSuccess(got -> ctx.verify(() -> assertJsonError(got, 404)));
  }
}
