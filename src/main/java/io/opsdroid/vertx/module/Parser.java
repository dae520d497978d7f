package io.opsdroid.vertx.module;

import io.vertx.core.Future;
import java.util.List;

/**
 * Reads what a chat message means, as opsdroid's language-understanding parsers do: a
 * parser of one's own is named by {@code module:} under {@code parsers:}, gets the text of
 * every message, and answers with the intents it found in it. Skills match an intent with
 * {@code @MatchIntent}; an intent competes with the other matchers on its score.
 *
 * <p>The bot waits for a parser's answer up to the parser's {@code timeout} (seconds, 5 by
 * default), then goes on without it; intents scored below its {@code min-score} are left
 * out. A parser that calls a service over the network does so without blocking, with
 * Vert.x's clients, or on a worker thread with {@code executeBlocking}.
 */
public interface Parser extends BotModule {

  /** The intents found in {@code text}; none is an empty list, never {@code null}. */
  Future<List<Intent>> parse(String text);
}
