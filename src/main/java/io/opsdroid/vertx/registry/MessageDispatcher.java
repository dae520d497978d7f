package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.Addresses;
import io.opsdroid.vertx.api.FailureCodes;
import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.Parser;
import io.opsdroid.vertx.skill.HandlerMatcher;
import io.opsdroid.vertx.skill.SkillHandler;
import io.opsdroid.vertx.skill.match.Match;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message pipeline: a received message is parsed, the best-ranked skill runs (with the
 * {@code always} skills, or the {@code catchall} ones when nothing matched), and replies go
 * out through the connector the message came from. Counts what it does in the statistics.
 * Runs on the registry's event loop.
 */
final class MessageDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MessageDispatcher.class);
  private static final String MESSAGE_EVENT = "Message";
  /**
   * How many unanswered messages are remembered, so that a first reply counts even when a
   * skill sends it after its handler returned, as opsdroid counts it; the oldest go first.
   */
  static final int REMEMBERED_MESSAGES = 10_000;

  private final Vertx vertx;
  private final Modules modules;
  private final Statistics statistics;
  private final DeliveryOptions skillDelivery;
  /** Messages that skills may still answer first, by id: when each arrived, in nanos. */
  private final Map<String, Long> unanswered = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > REMEMBERED_MESSAGES;
    }
  };

  MessageDispatcher(Vertx vertx, Modules modules, Statistics statistics,
      long skillTimeoutMillis) {
    this.vertx = vertx;
    this.modules = modules;
    this.statistics = statistics;
    this.skillDelivery = new DeliveryOptions().setSendTimeout(skillTimeoutMillis);
  }

  /** A connector received a message: parse it and run the skills it matches. */
  void received(Message<JsonObject> delivery) {
    long arrivedNanos = System.nanoTime();
    JsonObject message = delivery.body().copy().put("id", UUID.randomUUID().toString());
    statistics.messageParsed();
    String text = message.getString("text", "");
    // TODO: with parsers of one's own, two messages close together may be answered out of
    // order when the first one's parser is slower; keeping the order per sender would make
    // one slow parser hold back every conversation.
    intentsIn(text).onSuccess(intents -> dispatch(message, plan(text, intents), arrivedNanos));
  }

  private void dispatch(JsonObject message, List<Run> runs, long arrivedNanos) {
    if (runs.isEmpty()) {
      return;
    }
    unanswered.put(message.getString("id"), arrivedNanos);
    for (Run run : runs) {
      JsonObject request = new JsonObject()
          .put("handler", run.handler.index())
          .put("message", message)
          .put("entities", run.entities);
      vertx.eventBus().request(Addresses.skillRun(run.skill), request, skillDelivery)
          .onFailure(failure -> logSkillFailure(run.skill, failure));
    }
  }

  /**
   * Sends text through a connector: the one named, or the default one. A reply to a
   * received message counts in the statistics the first time one is delivered.
   */
  void send(Message<JsonObject> request) {
    JsonObject body = request.body();
    Optional<ModuleRecord> connector = connectorFor(body.getString("connector"));
    if (connector.isEmpty()) {
      request.fail(FailureCodes.UNAVAILABLE, body.getString("connector") == null
          ? "no connector is running" : "connector '" + body.getString("connector")
          + "' is not running");
      return;
    }
    JsonObject delivery = new JsonObject()
        .put("target", body.getString("target"))
        .put("text", body.getString("text"));
    // Counted before the connector writes it, so that whoever has read the reply finds it
    // in the statistics; withdrawn when it is not delivered (its socket closed meanwhile).
    Runnable withdrawCount = countResponse(body.getString("in_reply_to"));
    vertx.eventBus().request(Addresses.connectorSend(connector.get().name), delivery)
        .onSuccess(sent -> request.reply(new JsonObject()))
        .onFailure(failure -> {
          withdrawCount.run();
          RegistryFailure.reply(request, failure, FailureCodes.UNAVAILABLE);
        });
  }

  /** Runs the skill's webhook for a call that passed the HTTP checks. */
  void webhook(Message<JsonObject> call) {
    JsonObject body = call.body();
    String skill = body.getString("skill", "");
    String webhook = body.getString("webhook", "");
    Optional<ModuleState> stopped = modules.find(ModuleType.SKILLS, skill)
        .map(record -> record.state)
        .filter(state -> state != ModuleState.RUNNING);
    if (stopped.isPresent()) {
      call.fail(FailureCodes.UNAVAILABLE, "skill '" + skill + "' is " + stopped.get()
          .jsonName() + ", so its webhooks do not answer");
      return;
    }
    Optional<SkillHandler> handler = modules.running(ModuleType.SKILLS)
        .filter(record -> record.name.equals(skill))
        .flatMap(record -> record.skill.handlers().stream())
        .filter(candidate -> candidate.matcher() instanceof HandlerMatcher.Webhook hook
            && hook.name().equals(webhook))
        .findFirst();
    if (handler.isEmpty()) {
      call.fail(FailureCodes.NOT_FOUND, "no skill '" + skill + "' with webhook '" + webhook
          + "'");
      return;
    }
    statistics.webhookCalled();
    JsonObject request = new JsonObject()
        .put("handler", handler.get().index())
        .put("request", body.copy().put("webhook", webhook));
    vertx.eventBus().<JsonObject>request(Addresses.skillRun(skill), request, skillDelivery)
        .onSuccess(reply -> call.reply(webhookReply(skill, webhook, reply.body())))
        .onFailure(failure -> webhookFailed(call, skill, failure));
  }

  /**
   * Tells the caller what became of the skill, but not what it threw: the caller may be
   * anyone on the network, and an exception's words may hold a module's secrets. The log
   * has the cause.
   */
  private static void webhookFailed(Message<JsonObject> call, String skill, Throwable failure) {
    logSkillFailure(skill, failure);
    int code = webhookFailureCode(failure);
    String outcome = switch (code) {
      case FailureCodes.SKILL_TIMEOUT -> "did not answer in time";
      case FailureCodes.UNAVAILABLE -> "is not running";
      default -> "failed; the bot's log has the cause";
    };
    call.fail(code, "skill '" + skill + "' " + outcome);
  }

  /** Runs a scheduled handler, which gets no message. */
  void runScheduled(String skill, SkillHandler handler) {
    JsonObject request = new JsonObject().put("handler", handler.index());
    vertx.eventBus().request(Addresses.skillRun(skill), request, skillDelivery)
        .onFailure(failure -> logSkillFailure(skill, failure));
  }

  /**
   * The intents that the running parsers of one's own find in {@code text}; a parser that
   * fails or is late is left out, so that the other matchers still answer.
   */
  private Future<List<FoundIntent>> intentsIn(String text) {
    List<ModuleRecord> parsers = modules.running(ModuleType.PARSERS)
        .filter(record -> record.instance instanceof Parser)
        .toList();
    if (parsers.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    List<Future<List<FoundIntent>>> asked = parsers.stream()
        .map(parser -> ask(parser, text))
        .toList();
    return Future.join(asked).transform(all -> Future.succeededFuture(asked.stream()
        .filter(Future::succeeded)
        .flatMap(answer -> answer.result().stream())
        .toList()));
  }

  private Future<List<FoundIntent>> ask(ModuleRecord parser, String text) {
    ParserSettings settings = ParserSettings.of(new ModuleConfig(parser.name, parser.config));
    DeliveryOptions patience = new DeliveryOptions().setSendTimeout(settings.timeoutMillis());
    return vertx.eventBus()
        .<JsonObject>request(Addresses.parserParse(parser.name),
            new JsonObject().put("text", text), patience)
        .map(reply -> FoundIntent.read(parser.name, reply.body(), settings.minScore()))
        .onFailure(failure -> LOG.warn("Parser '{}' gave no intents: {}", parser.name,
            isTimeout(failure) ? "no answer within " + settings.timeoutMillis() / 1000 + " s"
                : failure.getMessage()));
  }

  private List<Run> plan(String text, List<FoundIntent> intents) {
    List<Run> runs = new ArrayList<>();
    bestRanked(text, intents).ifPresent(runs::add);
    boolean matched = !runs.isEmpty();
    modules.running(ModuleType.SKILLS).forEach(record -> {
      for (SkillHandler handler : record.skill.handlers()) {
        if (runsOnEveryMessage(handler.matcher(), matched)
            && modules.parserEnabled(handler.matcher().parser())) {
          runs.add(new Run(record.name, handler, new JsonObject()));
        }
      }
    });
    return runs;
  }

  private static boolean runsOnEveryMessage(HandlerMatcher matcher, boolean matched) {
    if (matcher instanceof HandlerMatcher.Always) {
      return true;
    }
    if (matcher instanceof HandlerMatcher.Event event) {
      return MESSAGE_EVENT.equals(event.type());
    }
    return matcher instanceof HandlerMatcher.Catchall && !matched;
  }

  /**
   * The scoring matcher or the intent with the highest score; the first configured wins a
   * tie.
   */
  private Optional<Run> bestRanked(String text, List<FoundIntent> intents) {
    Run best = null;
    double bestScore = 0;
    for (ModuleRecord record : modules.running(ModuleType.SKILLS).toList()) {
      for (SkillHandler handler : record.skill.handlers()) {
        Optional<Match> match = matchOf(handler.matcher(), text, intents);
        if (match.isPresent() && (best == null || match.get().score() > bestScore)) {
          best = new Run(record.name, handler, match.get().entities());
          bestScore = match.get().score();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Match> matchOf(HandlerMatcher matcher, String text,
      List<FoundIntent> intents) {
    if (matcher instanceof HandlerMatcher.Scoring scoring) {
      return modules.parserEnabled(scoring.parser()) ? scoring.match(text) : Optional.empty();
    }
    if (matcher instanceof HandlerMatcher.ParsedIntent wanted) {
      return intents.stream()
          .filter(found -> wanted.accepts(found.name(), found.parser()))
          .max(Comparator.comparingDouble(FoundIntent::score))
          .map(found -> new Match(found.score(), found.entities()));
    }
    return Optional.empty();
  }

  /**
   * Counts a reply to {@code messageId} if it is the first, and gives what takes that count
   * back, leaving the message to be answered first by a later reply.
   */
  private Runnable countResponse(String messageId) {
    Long arrivedNanos = messageId == null ? null : unanswered.remove(messageId);
    if (arrivedNanos == null) {
      return () -> { };
    }
    long tookNanos = System.nanoTime() - arrivedNanos;
    statistics.firstResponse(tookNanos);
    return () -> {
      statistics.firstResponseWithdrawn(tookNanos);
      unanswered.put(messageId, arrivedNanos);
    };
  }

  private Optional<ModuleRecord> connectorFor(String name) {
    if (name == null) {
      return modules.running(ModuleType.CONNECTORS)
          .filter(record -> Boolean.TRUE.equals(record.config.getValue("default")))
          .findFirst()
          .or(() -> modules.running(ModuleType.CONNECTORS).findFirst());
    }
    return modules.find(ModuleType.CONNECTORS, name).filter(ModuleRecord::running);
  }

  private static JsonObject webhookReply(String skill, String webhook, JsonObject reply) {
    if (reply != null && reply.containsKey("status")) {
      return reply;
    }
    JsonObject body = new JsonObject().put("called_skill", skill).put("webhook", webhook);
    return new JsonObject().put("status", 200).put("headers", new JsonObject())
        .put("body", body);
  }

  private static boolean isTimeout(Throwable failure) {
    return failure instanceof ReplyException reply
        && reply.failureType() == ReplyFailure.TIMEOUT;
  }

  private static int webhookFailureCode(Throwable failure) {
    if (failure instanceof ReplyException reply) {
      if (reply.failureType() == ReplyFailure.TIMEOUT) {
        return FailureCodes.SKILL_TIMEOUT;
      }
      if (reply.failureType() == ReplyFailure.NO_HANDLERS) {
        return FailureCodes.UNAVAILABLE;
      }
    }
    return FailureCodes.SKILL_FAILED;
  }

  private static void logSkillFailure(String skill, Throwable failure) {
    if (!(failure instanceof ReplyException reply)) {
      return;
    }
    if (reply.failureType() == ReplyFailure.TIMEOUT) {
      LOG.warn("Skill '{}' did not finish in time", skill);
    } else if (reply.failureType() == ReplyFailure.NO_HANDLERS) {
      // It stopped between the match and the run: a restart by a change, say.
      LOG.warn("Skill '{}' was not running when its turn came; that run is dropped", skill);
    }
    // Other failures were logged by the skill's runtime, with their stack trace.
  }

  private record Run(String skill, SkillHandler handler, JsonObject entities) {
  }
}
