package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.skill.match.ManualSchedulerClock;
import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A crontab skill fires on the bot's scheduler, here driven by a clock the test moves. */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class CrontabTest {

  private static final String TOKEN = "cc-token";
  private static final String YAML = """
      web:
        command-center: {enabled: true, token: cc-token}
      connectors:
        websocket: {}
      skills:
        hello: {}
        tick:
          module: io.opsdroid.vertx.bot.TickSkill
      """;

  @TempDir
  Path dir;

  private final ManualSchedulerClock clock =
      new ManualSchedulerClock(Instant.parse("2024-05-01T09:00:30Z"));

  @Test
  void everyMinuteSkillSaysItsLineOnceForEachMinuteThatPasses(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML, clock)
        .compose(this::openChat)
        .compose(chat -> {
          clock.advance(Duration.ofMinutes(3));
          return chat.next(3).compose(ticks -> chat.ask("hi")
              .map(greeting -> List.of(String.join(",", ticks), greeting)));
        })
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          assertThat(frames.get(0)).isEqualTo("tick,tick,tick");
          assertThat(frames.get(1)).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void skillSaysThroughTheConnectorMarkedDefault(Vertx vertx, VertxTestContext ctx) {
    String yaml = YAML.replace("  websocket: {}\n", "  websocket: {}\n  chat:\n"
        + "    module: io.opsdroid.vertx.connector.websocket.WebSocketConnector\n"
        + "    default: true\n");
    TestBot.start(vertx, dir, yaml, clock)
        .compose(bot -> openChat(bot).compose(websocket -> ChatClient.open(bot, "chat")
            .compose(chat -> {
              clock.advance(Duration.ofMinutes(1));
              return chat.next();
            })
            .compose(tick -> websocket.ask("hi").map(first -> List.of(tick, first)))))
        .onComplete(ctx.succeeding(frames -> ctx.verify(() -> {
          assertThat(frames.get(0)).isEqualTo("tick");
          assertThat(frames.get(1)).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void crontabParserDisabledSchedulesNothing(Vertx vertx, VertxTestContext ctx) {
    String yaml = YAML + "parsers:\n  crontab: {enabled: false}\n";
    TestBot.start(vertx, dir, yaml, clock)
        .compose(this::openChat)
        .compose(chat -> {
          int armed = clock.pendingWakeUps();
          clock.advance(Duration.ofMinutes(3));
          return chat.ask("hi").map(first -> List.of(String.valueOf(armed), first));
        })
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).isEqualTo("0");
          assertThat(result.get(1)).matches("(Hi|Hello|Hey) user");
          ctx.completeNow();
        })));
  }

  @Test
  void disabledTickSkillIsNotScheduled(Vertx vertx, VertxTestContext ctx) {
    String yaml = YAML.replace("TickSkill", "TickSkill\n    enabled: false");
    TestBot.start(vertx, dir, yaml, clock)
        .onComplete(ctx.succeeding(bot -> ctx.verify(() -> {
          assertThat(clock.pendingWakeUps()).isZero();
          ctx.completeNow();
        })));
  }

  @Test
  void crontabParserPatchedOffStopsTheTicksAndPatchedOnResumesThem(Vertx vertx,
      VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML, clock)
        .compose(bot -> openChat(bot).compose(chat -> patchCrontab(bot, false)
            .compose(off -> {
              int armedWhileOff = clock.pendingWakeUps();
              clock.advance(Duration.ofMinutes(2));
              return patchCrontab(bot, true).map(on -> armedWhileOff);
            })
            .compose(armedWhileOff -> {
              clock.advance(Duration.ofMinutes(1));
              return chat.next().map(frame -> List.of(String.valueOf(armedWhileOff), frame));
            })))
        .onComplete(ctx.succeeding(result -> ctx.verify(() -> {
          assertThat(result.get(0)).isEqualTo("0");
          assertThat(result.get(1)).isEqualTo("tick");
          ctx.completeNow();
        })));
  }

  @Test
  void patchedTickSkillKeepsOneScheduleNotTwo(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML, clock)
        .compose(bot -> bot.patch("skills", "tick", new JsonObject().put("note", "x"), TOKEN))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(clock.pendingWakeUps()).isEqualTo(1);
          ctx.completeNow();
        })));
  }

  @Test
  void tickSkillPatchedOffLeavesNothingScheduledAndAnotherSkillsPatchChangesNothing(
      Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, YAML, clock)
        .compose(bot -> bot.patch("skills", "hello", new JsonObject().put("note", "x"), TOKEN)
            .map(other -> clock.pendingWakeUps())
            .compose(afterOther -> bot.patch("skills", "tick",
                    new JsonObject().put("enabled", false), TOKEN)
                .map(off -> List.of(afterOther, clock.pendingWakeUps()))))
        .onComplete(ctx.succeeding(wakeUps -> ctx.verify(() -> {
          assertThat(wakeUps).containsExactly(1, 0);
          ctx.completeNow();
        })));
  }

  private Future<TestBot.Reply> patchCrontab(TestBot bot, boolean enabled) {
    return bot.patchApplied("parsers", "crontab", new JsonObject().put("enabled", enabled),
        TOKEN);
  }

  /** Opens a chat and makes one round trip, so the socket surely hears what is said. */
  private Future<ChatClient> openChat(TestBot bot) {
    return ChatClient.open(bot, "websocket")
        .compose(chat -> chat.ask("hi").map(greeting -> chat));
  }
}
