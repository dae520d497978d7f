package io.opsdroid.vertx.module;

import java.util.Objects;

/**
 * A chat message as a connector received it.
 *
 * @param text what the user wrote
 * @param user the user's display name
 * @param userId a stable id of the user, or the name when the chat service has none
 * @param target where replies go: a room, a channel, or a socket id
 */
public record ReceivedMessage(String text, String user, String userId, String target) {

  public ReceivedMessage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(user, "user");
    userId = userId == null ? user : userId;
  }
}
