package io.opsdroid.vertx.web;

import io.opsdroid.vertx.api.FailureCodes;
import io.vertx.core.eventbus.ReplyException;

/** The one place where event-bus failures become HTTP statuses. */
final class BusFailures {

  private BusFailures() {
  }

  static int status(Throwable failure) {
    if (!(failure instanceof ReplyException reply)) {
      return 500;
    }
    return switch (reply.failureType()) {
      case TIMEOUT -> 504;
      case NO_HANDLERS -> 503;
      case RECIPIENT_FAILURE, ERROR -> status(reply.failureCode());
    };
  }

  static int status(int failureCode) {
    return switch (failureCode) {
      case FailureCodes.INVALID_REQUEST -> 400;
      case FailureCodes.UNAUTHORIZED -> 401;
      case FailureCodes.NOT_FOUND -> 404;
      case FailureCodes.EXPIRED -> 408;
      case FailureCodes.MODULE_START_FAILED -> 422;
      case FailureCodes.LIMIT_REACHED -> 429;
      case FailureCodes.UNAVAILABLE -> 503;
      case FailureCodes.SKILL_TIMEOUT -> 504;
      default -> 500;
    };
  }

  /** The text to show: the registry's own words, or a plain one for transport failures. */
  static String message(Throwable failure) {
    if (failure instanceof ReplyException reply) {
      return switch (reply.failureType()) {
        case TIMEOUT -> "the bot did not answer in time";
        case NO_HANDLERS -> "that part of the bot is not running";
        default -> String.valueOf(reply.getMessage());
      };
    }
    return "internal error";
  }
}
