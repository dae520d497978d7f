package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A handler marked {@code @Blocking} runs off the event loop; others run on it. */
@ExtendWith(VertxExtension.class)
class SkillThreadsTest {

  private static final String YAML = """
      connectors:
        websocket: {}
      skills:
        threads:
          module: io.opsdroid.vertx.bot.ThreadSkill
      """;

  @TempDir
  Path dir;

  @Test
  void blockingHandlerRunsOnAWorkerAndOthersOnTheEventLoop(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.ask("where do you block?")
            .compose(blocking -> chat.ask("where do you run?")
                .map(plain -> List.of(blocking, plain))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).containsExactly("worker thread", "event loop");
          ctx.completeNow();
        })));
  }
}
