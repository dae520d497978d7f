package io.opsdroid.vertx.config;

import io.vertx.core.json.JsonObject;

/**
 * The {@code web} section of the configuration, checked.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param sslCert the PEM certificate file for HTTPS, or {@code null} for plain HTTP
 * @param sslKey the PEM private key file for HTTPS, or {@code null}
 * @param baseUrl the public address of the bot, for links given out to others
 * @param webhookToken the bearer token webhook calls need, or {@code null} for none
 * @param bodyLimit the largest request body accepted, in bytes
 * @param webhookTimeoutMillis how long a webhook skill may take before the call gives 504
 * @param instances how many HTTP verticles share the port
 * @param indexEnabled whether {@code GET /} answers
 */
public record WebSettings(
    String host,
    int port,
    String sslCert,
    String sslKey,
    String baseUrl,
    String webhookToken,
    long bodyLimit,
    long webhookTimeoutMillis,
    int instances,
    boolean indexEnabled,
    CorsSettings cors,
    CommandCenterSettings commandCenter) {

  public boolean ssl() {
    return sslCert != null;
  }

  /** The settings as the HTTP verticle takes them in its deployment config. */
  public JsonObject toJson() {
    return JsonObject.mapFrom(this);
  }

  public static WebSettings fromJson(JsonObject json) {
    return json.mapTo(WebSettings.class);
  }

  @Override
  public String toString() {
    return "WebSettings[host=" + host + ", port=" + port + ", ssl=" + ssl() + "]";
  }
}
