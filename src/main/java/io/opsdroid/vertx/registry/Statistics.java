package io.opsdroid.vertx.registry;

import io.vertx.core.json.JsonObject;

/**
 * What the bot has done since it started, as {@code GET /stats} reports it. Owned by the
 * registry verticle and only touched on its event loop.
 */
final class Statistics {

  private long parsed;
  private long webhooksCalled;
  private long responses;
  private long responseNanos;

  void messageParsed() {
    parsed++;
  }

  void webhookCalled() {
    webhooksCalled++;
  }

  /** The first response to a message, {@code nanos} after it arrived. */
  void firstResponse(long nanos) {
    responses++;
    responseNanos += nanos;
  }

  /** Takes back a {@link #firstResponse} that its connector could not deliver after all. */
  void firstResponseWithdrawn(long nanos) {
    responses--;
    responseNanos -= nanos;
  }

  JsonObject messagesJson() {
    double totalSeconds = responseNanos / 1e9;
    return new JsonObject()
        .put("total_parsed", parsed)
        .put("webhooks_called", webhooksCalled)
        .put("total_response_time", totalSeconds)
        .put("total_responses", responses)
        .put("average_response_time", responses == 0 ? 0.0 : totalSeconds / responses);
  }
}
