package io.opsdroid.vertx.config;

import java.util.List;

/**
 * Cross-origin access to the API from browsers.
 *
 * @param allowAll any origin may call
 * @param origins the origins that may call, when not {@code allowAll}
 * @param allowHeaders request headers a browser may send besides the usual ones
 */
public record CorsSettings(boolean allowAll, List<String> origins, List<String> allowHeaders) {

  public boolean enabled() {
    return allowAll || !origins.isEmpty();
  }
}
