package io.opsdroid.vertx.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.api.FailureCodes;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure the event bus can bring, and the HTTP status and text it becomes. */
class BusFailuresTest {

  @ParameterizedTest(name = "code {0} is {1}")
  @CsvSource({
      FailureCodes.INVALID_REQUEST + ", 400",
      FailureCodes.NOT_FOUND + ", 404",
      FailureCodes.MODULE_START_FAILED + ", 422",
      FailureCodes.SKILL_FAILED + ", 500",
      FailureCodes.SKILL_TIMEOUT + ", 504",
      FailureCodes.UNAUTHORIZED + ", 401",
      FailureCodes.LIMIT_REACHED + ", 429",
      FailureCodes.EXPIRED + ", 408",
      FailureCodes.UNAVAILABLE + ", 503",
      FailureCodes.INTERNAL + ", 500",
      "-1, 500",
      "999, 500"})
  void registryFailureCodeBecomesItsStatusWithTheRegistrysWords(int code, int status) {
    ReplyException failure = new ReplyException(ReplyFailure.RECIPIENT_FAILURE, code,
        "the registry's words");

    assertThat(BusFailures.status(failure)).isEqualTo(status);
    assertThat(BusFailures.message(failure)).isEqualTo("the registry's words");
  }

  @Test
  void busTimeoutIs504WithAPlainText() {
    ReplyException failure = new ReplyException(ReplyFailure.TIMEOUT,
        "Timed out after waiting 30000(ms) for a reply. address: __vertx.reply.1");

    assertThat(BusFailures.status(failure)).isEqualTo(504);
    assertThat(BusFailures.message(failure)).doesNotContain("__vertx");
  }

  @Test
  void missingConsumerIs503WithAPlainText() {
    ReplyException failure = new ReplyException(ReplyFailure.NO_HANDLERS,
        "No handlers for address opsdroid.skill.hello.run");

    assertThat(BusFailures.status(failure)).isEqualTo(503);
    assertThat(BusFailures.message(failure)).doesNotContain("opsdroid.skill");
  }

  @Test
  void failureThatIsNoReplyIs500WithoutItsWords() {
    IllegalStateException failure = new IllegalStateException("a secret-holding message");

    assertThat(BusFailures.status(failure)).isEqualTo(500);
    assertThat(BusFailures.message(failure)).isEqualTo("internal error");
  }
}
