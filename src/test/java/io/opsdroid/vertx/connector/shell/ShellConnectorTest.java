package io.opsdroid.vertx.connector.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdroid.vertx.Main;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell connector in a bot of its own JVM, as a person runs it: lines typed on standard
 * input are messages, and the bot's replies come back on standard output.
 */
class ShellConnectorTest {

  private static final long WAIT_SECONDS = 60;

  private static final String CONFIG = """
      logging: {level: info}
      web: {host: 127.0.0.1, port: 0}
      connectors:
        shell: {bot-name: mybot, user-name: alice}
      skills:
        hello: {}
        loudnoises: {}
      """;

  @TempDir
  Path folder;

  private Process bot;

  @AfterEach
  void stopBot() throws InterruptedException {
    if (bot != null) {
      bot.destroy();
      if (!bot.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
        bot.destroyForcibly();
      }
    }
  }

  @Test
  void linesOnStandardInputAreAnsweredOnStandardOutput() throws Exception {
    bot = start(ProcessBuilder.Redirect.PIPE);
    Lines out = new Lines(bot.getInputStream());
    Lines err = new Lines(bot.getErrorStream());
    err.await(line -> line.contains("API listening"));

    try (Writer typed = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8)) {
      typed.write("hi\n");
      typed.flush();
      assertThat(out.await(line -> line.startsWith("mybot> ")))
          .matches("mybot> (Hi|Hello|Hey) alice");

      typed.write("\n   \nWAKE UP\n");
      typed.flush();
      assertThat(out.await(line -> line.startsWith("mybot> ")))
          .as("blank lines are no messages; the next reply answers WAKE UP")
          .isEqualTo("mybot> LOUD NOISES! WAKE UP");
    }
  }

  @Test
  void withoutAnythingOnStandardInputItSaysSoAndIdles() throws Exception {
    bot = start(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Lines err = new Lines(bot.getErrorStream());

    assertThat(err.await(line -> line.contains("Shell connector")))
        .contains("'shell'", "idles");
    err.await(line -> line.contains("API listening"));
    assertThat(bot.isAlive()).as("the bot runs on without a terminal").isTrue();
  }

  private Process start(ProcessBuilder.Redirect input) throws IOException {
    Path config = Files.writeString(folder.resolve("configuration.yaml"), CONFIG);
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "-c", config.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(input);
    builder.environment().remove("OPSDROID_CONFIG");
    return builder.start();
  }

  /** The lines of one output stream of the bot, read as they come by a thread of their own. */
  private static final class Lines {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    Lines(InputStream stream) {
      Thread reader = new Thread(() -> readAll(stream), "shell-test-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void readAll(InputStream stream) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream,
          StandardCharsets.UTF_8))) {
        in.lines().forEach(lines::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        // The bot ended; the lines it wrote are in the queue.
      }
    }

    /** The next line that {@code wanted} accepts, skipping others; fails after a while. */
    String await(Predicate<String> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line != null && wanted.test(line)) {
          return line;
        }
      }
      throw new AssertionError("no such line within " + WAIT_SECONDS + " s");
    }
  }
}
