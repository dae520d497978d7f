package io.opsdroid.vertx.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compares a presented token with the configured one in constant time. Both are hashed
 * first, so that neither the content nor the length of the token leaks through timing.
 */
final class TokenCheck {

  private final byte[] expectedDigest;

  TokenCheck(String token) {
    this.expectedDigest = digest(token);
  }

  /**
   * Whether an {@code Authorization} header carries the token, bare or as
   * {@code Bearer <token>}.
   */
  boolean acceptsHeader(String authorization, boolean bareAllowed) {
    if (authorization == null) {
      return false;
    }
    String value = authorization.strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return matches(value.substring(7).strip());
    }
    return bareAllowed && matches(value);
  }

  boolean matches(String presented) {
    return MessageDigest.isEqual(expectedDigest, digest(presented));
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
