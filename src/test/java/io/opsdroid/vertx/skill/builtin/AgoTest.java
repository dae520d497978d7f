package io.opsdroid.vertx.skill.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgoTest {

  @ParameterizedTest(name = "{0} s is \"{1}\"")
  @CsvSource({
      "-5, just now",
      "0, just now",
      "9, just now",
      "10, 10 seconds ago",
      "59, 59 seconds ago",
      "60, a minute ago",
      "119, a minute ago",
      "120, 2 minutes ago",
      "3599, 59 minutes ago",
      "3600, an hour ago",
      "7200, 2 hours ago",
      "86399, 23 hours ago",
      "86400, a day ago",
      "259200, 3 days ago"})
  void elapsedTimeReadsAsPeopleSayIt(long seconds, String words) {
    assertThat(Ago.describe(Duration.ofSeconds(seconds))).isEqualTo(words);
  }
}
