package io.opsdroid.vertx.config;

import java.util.regex.Pattern;

/**
 * What a module may be called. Names end up in event-bus addresses and URLs
 * ({@code /skill/<name>/<webhook>}), so they stay plain: letters, digits, {@code _},
 * {@code .} and {@code -}, not starting with {@code .} or {@code -}. The configuration file
 * and the command center's PATCH both hold to it.
 */
public final class ModuleNames {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  /** Says what a valid name is made of, for error messages. */
  public static final String RULE = "letters, digits, '_', '.' and '-'";

  private ModuleNames() {
  }

  public static boolean isValid(String name) {
    return name != null && VALID.matcher(name).matches();
  }
}
