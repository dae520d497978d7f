package io.opsdroid.vertx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The bot's version, as the build recorded it. */
public final class BotVersion {

  private static final String VERSION = read();

  private BotVersion() {
  }

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = BotVersion.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
