package io.opsdroid.vertx.skill;

import io.opsdroid.vertx.skill.match.Match;
import io.opsdroid.vertx.skill.match.ParseMatcher;
import io.opsdroid.vertx.skill.match.RegexMatcher;
import java.util.Optional;

/** When a skill handler runs: one matcher annotation, read. */
public sealed interface HandlerMatcher {

  /**
   * The parser that must be enabled for this matcher to work, as named in the
   * {@code parsers} section, or {@code null} when no parser gates it.
   */
  String parser();

  /** A matcher that scores chat messages: regex or format pattern. */
  sealed interface Scoring extends HandlerMatcher {
    Optional<Match> match(String text);
  }

  record Regex(RegexMatcher matcher) implements Scoring {
    @Override
    public Optional<Match> match(String text) {
      return matcher.match(text);
    }

    @Override
    public String parser() {
      return "regex";
    }
  }

  record Parse(ParseMatcher matcher) implements Scoring {
    @Override
    public Optional<Match> match(String text) {
      return matcher.match(text);
    }

    @Override
    public String parser() {
      return "parse_format";
    }
  }

  /** @param timezone a zone id, or empty for the bot's own */
  record Crontab(String expression, String timezone) implements HandlerMatcher {
    @Override
    public String parser() {
      return "crontab";
    }
  }

  /**
   * An intent found by a parser of one's own.
   *
   * @param intent the intent's name
   * @param parserName the only parser that counts, or empty for any
   */
  record ParsedIntent(String intent, String parserName) implements HandlerMatcher {
    /** Gated by its parser's own state: a parser that is off finds nothing. */
    @Override
    public String parser() {
      return null;
    }

    public boolean accepts(String foundIntent, String foundBy) {
      return intent.equals(foundIntent) && (parserName.isEmpty() || parserName.equals(foundBy));
    }
  }

  record Webhook(String name) implements HandlerMatcher {
    @Override
    public String parser() {
      return null;
    }
  }

  record Always() implements HandlerMatcher {
    @Override
    public String parser() {
      return "always";
    }
  }

  record Catchall(boolean messagesOnly) implements HandlerMatcher {
    @Override
    public String parser() {
      return "catchall";
    }
  }

  record Event(String type) implements HandlerMatcher {
    @Override
    public String parser() {
      return "event_type";
    }
  }
}
