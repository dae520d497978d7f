package io.opsdroid.vertx.connector.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's standard input, read line by line by one daemon thread for the life of the
 * process. A read of standard input cannot be interrupted, so connectors that restart
 * subscribe and unsubscribe instead of each starting a reader of their own.
 */
final class StandardInput {

  private static final Logger LOG = LoggerFactory.getLogger(StandardInput.class);

  private static final AtomicReference<Consumer<String>> SUBSCRIBER = new AtomicReference<>();
  private static Thread reader;

  private StandardInput() {
  }

  /**
   * Whether a terminal, a pipe or a file is on standard input, rather than nothing. Where the
   * system cannot tell (no {@code /proc} or {@code /dev/fd}), it is taken to be attached: a
   * reader that finds nothing ends quietly, while one never started would ignore a pipe.
   */
  static boolean attached() {
    if (System.console() != null) {
      return true;
    }
    for (String descriptor : List.of("/proc/self/fd/0", "/dev/fd/0")) {
      try {
        return !Files.readSymbolicLink(Path.of(descriptor)).toString().equals("/dev/null");
      } catch (IOException | UnsupportedOperationException e) {
        // Not there on this system: try the next way of asking.
      }
    }
    return true;
  }

  static synchronized Subscription subscribe(Consumer<String> lines) {
    SUBSCRIBER.set(lines);
    if (reader == null) {
      reader = new Thread(StandardInput::readLines, "opsdroid-shell-input");
      reader.setDaemon(true);
      reader.start();
    }
    return () -> SUBSCRIBER.compareAndSet(lines, null);
  }

  private static void readLines() {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        Charset.defaultCharset()));
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Consumer<String> subscriber = SUBSCRIBER.get();
        if (subscriber != null) {
          subscriber.accept(line);
        }
      }
    } catch (IOException e) {
      // Standard input closed under us: there is nothing more to read either way.
    }
    LOG.info("Standard input has ended: the shell connector reads no more lines");
  }

  /** Stops handing lines to one subscriber. */
  interface Subscription {
    void cancel();
  }
}
