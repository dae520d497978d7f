package io.opsdroid.vertx.api;

/**
 * The failure codes of the bot's event-bus API, carried by {@code ReplyException.failureCode()}.
 *
 * <p>They are protocol values, stable across releases; the HTTP verticle maps each of them
 * to a status in one place.
 */
public final class FailureCodes {

  /** The request is malformed: not an object, a field missing or of the wrong type. */
  public static final int INVALID_REQUEST = 1;

  /** No module, skill or webhook has that name. */
  public static final int NOT_FOUND = 2;

  /** The module did not start with its new configuration; the old one was restored. */
  public static final int MODULE_START_FAILED = 3;

  /** A skill threw or failed while handling the event. */
  public static final int SKILL_FAILED = 4;

  /** A skill did not answer in time. */
  public static final int SKILL_TIMEOUT = 5;

  /** The caller is not allowed: a token missing or wrong. */
  public static final int UNAUTHORIZED = 6;

  /** A limit is reached, such as a connector's number of connections. */
  public static final int LIMIT_REACHED = 7;

  /** The thing asked for has expired, such as a socket id not used in time. */
  public static final int EXPIRED = 8;

  /** The module exists but is not running. */
  public static final int UNAVAILABLE = 9;

  /** Anything else; the text says what. */
  public static final int INTERNAL = 10;

  private FailureCodes() {
  }
}
