package io.opsdroid.vertx.skill.match;

import java.util.Optional;

/**
 * Decides whether a message's text triggers a skill. Implementations are immutable and safe to
 * share between threads.
 */
@FunctionalInterface
public interface MessageMatcher {

  /**
   * Tests the text of a message.
   *
   * @param text the message text, never {@code null}
   * @return the match, or empty when this matcher does not accept the text
   */
  Optional<Match> match(String text);
}
