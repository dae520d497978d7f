package io.opsdroid.vertx.skill;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;

/**
 * A chat message handed to a skill, with what its matcher found in it. A skill answers with
 * {@link #respond}, which the connector the message came from delivers.
 */
public final class Message {

  private final JsonObject json;
  private final JsonObject entities;
  private final Function<String, Future<Void>> responder;

  Message(JsonObject json, JsonObject entities, Function<String, Future<Void>> responder) {
    this.json = json;
    this.entities = entities;
    this.responder = responder;
  }

  public String text() {
    return json.getString("text");
  }

  /** The sender's display name. */
  public String user() {
    return json.getString("user");
  }

  /** A stable id of the sender. */
  public String userId() {
    return json.getString("user_id");
  }

  /** The name of the connector the message came through. */
  public String connector() {
    return json.getString("connector");
  }

  /** Where replies go: a room or a socket id. */
  public String target() {
    return json.getString("target");
  }

  /** What the matcher found: named groups of a regex, named fields of a format pattern. */
  public JsonObject entities() {
    return entities.copy();
  }

  /** One entity as text, or {@code null} when the matcher found none of that name. */
  public String entity(String name) {
    Object value = entities.getValue(name);
    return value == null ? null : value.toString();
  }

  /** Answers the message through its connector, to where it came from. */
  public Future<Void> respond(String text) {
    return responder.apply(text);
  }

  @Override
  public String toString() {
    return "Message[" + connector() + "/" + user() + ": " + text() + "]";
  }
}
