package io.opsdroid.vertx.skill;

import io.opsdroid.vertx.module.BotModule;
import io.opsdroid.vertx.module.Memory;
import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.ModuleContext;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The base of every skill. A skill is a plain class whose methods carry matchers:
 *
 * <pre>{@code
 * public class PingSkill extends Skill {
 *   @MatchRegex("ping")
 *   public void ping(Message message) {
 *     message.respond("pong");
 *   }
 * }
 * }</pre>
 *
 * <p>A handler takes a {@link Message} (for chat matchers), a {@link WebhookRequest} (for
 * webhooks) or nothing, and returns nothing, a {@code Future} the bot waits for, or, for a
 * webhook, a {@link WebhookResponse}. Handlers run on the skill's event loop unless marked
 * {@link Blocking}. Check the skill's configuration in {@link #onStart()}.
 */
public abstract class Skill implements BotModule {

  private ModuleContext context;

  @Override
  public final Future<Void> start(ModuleContext context) {
    this.context = context;
    return onStart();
  }

  /** Called when the skill starts: read and check {@link #config()} here. */
  protected Future<Void> onStart() {
    return Future.succeededFuture();
  }

  /** The skill's own configuration section. */
  protected ModuleConfig config() {
    return context.config();
  }

  /** The skill's name in the configuration. */
  protected String name() {
    return context.name();
  }

  protected Vertx vertx() {
    return context.vertx();
  }

  /** The bot's memory, kept in its database. */
  protected Memory memory() {
    return context.bot().memory();
  }

  /** Says {@code text} through the default connector, to its default room. */
  protected Future<Void> say(String text) {
    return context.bot().send(null, null, text);
  }
}
