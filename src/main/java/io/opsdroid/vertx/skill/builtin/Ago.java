package io.opsdroid.vertx.skill.builtin;

import java.time.Duration;

/** How long ago something was, in words: "just now", "3 minutes ago", "a day ago". */
final class Ago {

  private Ago() {
  }

  static String describe(Duration elapsed) {
    long seconds = Math.max(0, elapsed.getSeconds());
    if (seconds < 10) {
      return "just now";
    }
    if (seconds < 60) {
      return seconds + " seconds ago";
    }
    if (seconds < 3600) {
      return count(seconds / 60, "a minute", "minutes");
    }
    if (seconds < 86_400) {
      return count(seconds / 3600, "an hour", "hours");
    }
    return count(seconds / 86_400, "a day", "days");
  }

  private static String count(long amount, String one, String many) {
    return (amount == 1 ? one : amount + " " + many) + " ago";
  }
}
