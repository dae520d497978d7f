package io.opsdroid.vertx.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compares a token presented in an HTTP header with the configured one, in constant time.
 * Both are hashed first, so that neither the content nor the length of the token leaks
 * through timing.
 *
 * <p>HTTP hands header values over as ISO-8859-1, one character per byte, so a header's
 * characters are turned back into the bytes the client sent; those are compared with the
 * configured token in UTF-8, which is how clients send a token that is not ASCII.
 */
public final class TokenCheck {

  private final byte[] expectedDigest;

  public TokenCheck(String token) {
    this.expectedDigest = digest(token.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether an {@code Authorization} header carries the token as {@code Bearer <token>},
   * or bare when {@code bareAllowed}.
   */
  public boolean acceptsHeader(String authorization, boolean bareAllowed) {
    if (authorization == null) {
      return false;
    }
    String value = authorization.strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return matches(value.substring(7).strip());
    }
    return bareAllowed && matches(value);
  }

  private boolean matches(String headerValue) {
    byte[] presented = digest(headerValue.getBytes(StandardCharsets.ISO_8859_1));
    return MessageDigest.isEqual(expectedDigest, presented);
  }

  private static byte[] digest(byte[] token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
