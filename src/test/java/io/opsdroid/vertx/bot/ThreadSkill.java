package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.skill.Blocking;
import io.opsdroid.vertx.skill.MatchRegex;
import io.opsdroid.vertx.skill.Message;
import io.opsdroid.vertx.skill.Skill;
import io.vertx.core.Context;
import io.vertx.core.Future;

/** A test skill that says which kind of thread its handlers run on. */
public class ThreadSkill extends Skill {

  @Blocking
  @MatchRegex("where do you block")
  public Future<Void> blocking(Message message) {
    return message.respond(threadKind());
  }

  @MatchRegex("where do you wait")
  public void synchronous(Message message) {
    message.respond(threadKind());
  }

  /** Sleeps, as code waiting on a slow blocking call does, then answers. */
  @MatchRegex("nap")
  public void nap(Message message) throws InterruptedException {
    Thread.sleep(1_000);
    message.respond("rested");
  }

  @MatchRegex("where do you run")
  public Future<Void> nonBlocking(Message message) {
    return message.respond(threadKind());
  }

  private static String threadKind() {
    if (Context.isOnWorkerThread()) {
      return "worker thread";
    }
    return Context.isOnEventLoopThread() ? "event loop" : "other thread";
  }
}
