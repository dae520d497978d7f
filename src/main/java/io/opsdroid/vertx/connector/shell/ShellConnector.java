package io.opsdroid.vertx.connector.shell;

import io.opsdroid.vertx.module.Connector;
import io.opsdroid.vertx.module.ModuleContext;
import io.opsdroid.vertx.module.ReceivedMessage;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks with the person at the terminal: each line on standard input is a message, and
 * replies are printed on standard output. Without a terminal or a pipe on standard input,
 * it says so once and idles.
 */
public class ShellConnector implements Connector {

  private static final Logger LOG = LoggerFactory.getLogger(ShellConnector.class);

  private ModuleContext module;
  private String botName;
  private String user;
  private StandardInput.Subscription subscription;
  /** Standard output is this connector's chat window, so it writes there on purpose. */
  private final PrintStream out = System.out;

  @Override
  public Future<Void> start(ModuleContext context) {
    this.module = context;
    botName = context.config().getString("bot-name", "opsdroid");
    user = context.config().getString("user-name", System.getProperty("user.name", "user"));
    // Read by the bot to pick the connector that say() uses; checked at start.
    context.config().getBoolean("default", false);
    if (!StandardInput.attached()) {
      LOG.info("Shell connector '{}': no terminal or pipe on standard input, so it idles",
          context.name());
      return Future.succeededFuture();
    }
    Context eventLoop = context.vertx().getOrCreateContext();
    subscription = StandardInput.subscribe(line -> eventLoop.runOnContext(ignored ->
        lineRead(line)));
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> stop() {
    if (subscription != null) {
      subscription.cancel();
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> send(String target, String text) {
    out.println(botName + "> " + text);
    out.flush();
    return Future.succeededFuture();
  }

  private void lineRead(String line) {
    if (!line.isBlank()) {
      module.bot().receive(new ReceivedMessage(line.strip(), user, user, null));
    }
  }
}
