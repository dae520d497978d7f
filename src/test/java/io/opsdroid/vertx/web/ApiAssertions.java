package io.opsdroid.vertx.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.testing.TestBot.Reply;

/** Checks every reply of the API must pass: a status, and JSON whenever there is a body. */
final class ApiAssertions {

  private ApiAssertions() {
  }

  /** The reply has {@code status} and a JSON body, said so in {@code Content-Type}. */
  static void assertJson(Reply reply, int status) {
    assertThat(reply.status()).as("status of a reply with body %s", reply.text())
        .isEqualTo(status);
    assertThat(reply.header("Content-Type")).as("Content-Type").startsWith("application/json");
    assertThat(reply.body().length()).as("body length").isPositive();
  }

  /** The reply has {@code status} and a body {@code {"error": "..."}}. */
  static void assertJsonError(Reply reply, int status) {
    assertJson(reply, status);
    assertThat(reply.json().getString("error")).as("error text").isNotBlank();
  }
}
