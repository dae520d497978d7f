package io.opsdroid.vertx.registry;

import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;

/**
 * A failure to answer a request with, carrying one of the public
 * {@link io.opsdroid.vertx.api.FailureCodes}.
 */
final class RegistryFailure extends RuntimeException {

  private final int code;

  RegistryFailure(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }

  /** Answers {@code message} with {@code failure}, keeping the code of a known failure. */
  static void reply(Message<?> message, Throwable failure, int fallbackCode) {
    if (failure instanceof RegistryFailure known) {
      message.fail(known.code, known.getMessage());
    } else if (failure instanceof ReplyException reply && reply.failureCode() > 0) {
      message.fail(reply.failureCode(), reply.getMessage());
    } else {
      message.fail(fallbackCode, String.valueOf(failure.getMessage()));
    }
  }
}
