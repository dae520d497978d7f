package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler marked {@code @Blocking}, or one that returns no future, runs off the event loop;
 * one that returns a future runs on it.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
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
  void blockingAndSynchronousHandlersRunOnAWorkerAndAsynchronousOnTheEventLoop(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.ask("where do you block?")
            .compose(blocking -> chat.ask("where do you wait?")
                .compose(synchronous -> chat.ask("where do you run?")
                    .map(plain -> List.of(blocking, synchronous, plain)))))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).containsExactly("worker thread", "worker thread", "event loop");
          ctx.completeNow();
        })));
  }

  @Test
  void sleepingSynchronousHandlerHoldsUpNoOtherMessage(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML)
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.write("nap")
            .compose(sent -> chat.write("where do you run?"))
            .compose(sent -> chat.next(2)))
        .onComplete(ctx.succeeding(replies -> ctx.verify(() -> {
          assertThat(replies).as("the second message is answered while the first sleeps")
              .containsExactly("event loop", "rested");
          ctx.completeNow();
        })));
  }
}
