package io.opsdroid.vertx.testing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the bots a test started once it ends, before Vert.x JUnit 5 closes the Vert.x
 * instance: clients close while the bot still answers them, and a stop that fails or hangs
 * fails the test that started the bot, with its own cause, rather than a later close.
 *
 * <p>Use it beside {@code VertxExtension} on every test class that starts a {@link TestBot}.
 */
public final class StopTestBots implements AfterEachCallback {

  private static final long PATIENCE_SECONDS = 20;

  @Override
  public void afterEach(ExtensionContext context) throws InterruptedException {
    try {
      TestBot.stopAll().toCompletionStage().toCompletableFuture()
          .get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("The test's bot did not stop cleanly", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("The test's bot did not stop within " + PATIENCE_SECONDS
          + " s");
    }
  }
}
