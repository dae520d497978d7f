package io.opsdroid.vertx.api;

/**
 * The event-bus addresses of the bot, its public API for other verticles.
 *
 * <p>Every message body is a {@code JsonObject} (or nothing), so that every request also
 * crosses a clustered event bus. Requests that fail are answered with
 * {@code message.fail(code, text)}, where the code is one of {@link FailureCodes}.
 * Request-reply addresses name an action ({@code .get}, {@code .patch}); published events
 * are in the past tense ({@code .changed}).
 */
public final class Addresses {

  /** Request {@code {}}: replies with the statistics, as {@code GET /stats} shows them. */
  public static final String STATS_GET = "opsdroid.stats.get";

  /**
   * Request {@code {"module_type": "skills"}}: replies with the modules of that type keyed by
   * name, secrets removed, as {@code GET /skills} shows them.
   */
  public static final String MODULES_LIST = "opsdroid.modules.list";

  /** Request {@code {}}: replies with the whole configuration, secrets removed. */
  public static final String CONFIG_GET = "opsdroid.config.get";

  /**
   * Request {@code {"module_type", "module_name", "config"}}: applies {@code config} as a JSON
   * merge patch (RFC 7396) to the module's section and restarts that module. Replies with
   * {@code {"module_type", "module_name", "config", "changed", "state"}}. Patches apply one at
   * a time, in arrival order.
   *
   * <p>A patch that waited longer than {@link #MODULE_PATCH_QUEUE_MILLIS} behind others is
   * not applied and fails with {@link FailureCodes#UNAVAILABLE}; any other patch is answered
   * within {@link #MODULE_PATCH_REPLY_MILLIS}. Wait that long for the reply, so that a patch
   * never times out on your side and is applied all the same.
   */
  public static final String MODULE_PATCH = "opsdroid.module.patch";

  /** How long a patch may wait behind others before it is refused rather than applied. */
  public static final long MODULE_PATCH_QUEUE_MILLIS = 60_000;

  /**
   * How long a caller of {@link #MODULE_PATCH} should wait for the reply: the longest wait
   * in the queue, then a stop and two starts of the module (the new config, and the old one
   * again when the new one fails), each bounded at 8 s, and a margin.
   */
  public static final long MODULE_PATCH_REPLY_MILLIS = MODULE_PATCH_QUEUE_MILLIS + 30_000;

  /**
   * Published after each applied patch: {@code {"module_type", "module_name", "state"}}.
   */
  public static final String MODULE_CHANGED = "opsdroid.module.changed";

  /**
   * Request {@code {"skill", "webhook", "method", "path", "headers", "query", "body"}}: runs
   * the skill's webhook. Replies with {@code {"status", "headers", "body"}}, where the body
   * is any JSON value.
   */
  public static final String WEBHOOK_CALL = "opsdroid.webhook.call";

  /**
   * Send {@code {"connector", "text", "user", "user_id", "target"}}: a message a connector
   * received, for the bot to parse and answer.
   */
  public static final String MESSAGE_RECEIVED = "opsdroid.message.received";

  /**
   * Request {@code {"connector", "target", "text", "in_reply_to"}}: sends text through a
   * connector ({@code connector} may be left out for the default one). {@code in_reply_to}
   * names the received message being answered, which the statistics count.
   */
  public static final String MESSAGE_SEND = "opsdroid.message.send";

  /**
   * Request {@code {"op": "get"|"put"|"delete", "key", "value"}}: the bot's memory. A get
   * replies with {@code {"value": ...}}.
   */
  public static final String MEMORY = "opsdroid.memory";

  private Addresses() {
  }

  /** Where the connector named {@code name} takes {@code {"target", "text"}} to deliver. */
  public static String connectorSend(String name) {
    return "opsdroid.connector." + name + ".send";
  }

  /** Where the websocket connector named {@code name} hands out socket ids. */
  public static String socketRequested(String name) {
    return "opsdroid.connector." + name + ".socket.request";
  }

  /** Where the websocket connector named {@code name} is told of sockets and their frames. */
  public static String socketEvents(String name) {
    return "opsdroid.connector." + name + ".socket.event";
  }

  /** Where the HTTP verticle holding socket {@code socketId} takes frames to write to it. */
  public static String socketOutbox(String socketId) {
    return "opsdroid.socket." + socketId;
  }

  /** Where the skill named {@code name} takes the events it is to handle. */
  public static String skillRun(String name) {
    return "opsdroid.skill." + name + ".run";
  }

  /**
   * Where the parser of one's own named {@code name} takes {@code {"text"}} and replies
   * {@code {"intents": [{"name", "score", "entities"}]}}.
   */
  public static String parserParse(String name) {
    return "opsdroid.parser." + name + ".parse";
  }

  /** Where the database named {@code name} takes memory operations. */
  public static String database(String name) {
    return "opsdroid.database." + name;
  }
}
