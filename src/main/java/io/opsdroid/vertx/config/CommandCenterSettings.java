package io.opsdroid.vertx.config;

import java.util.List;

/**
 * The command center: the endpoints that show and change modules.
 *
 * @param enabled whether its routes exist at all
 * @param token what every request must carry in {@code Authorization}
 * @param excludedKeys further configuration keys to keep out of every reply
 */
public record CommandCenterSettings(boolean enabled, String token, List<String> excludedKeys) {

  @Override
  public String toString() {
    return "CommandCenterSettings[enabled=" + enabled + ", excludedKeys=" + excludedKeys + "]";
  }
}
