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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    try (Writer typed = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8)) {
      typed.write("hi\n");
      typed.flush();
      assertThat(out.next(line -> line.startsWith("mybot> ")))
          .matches("mybot> (Hi|Hello|Hey) alice");

      typed.write("\n   \nWAKE UP\n");
      typed.flush();
      assertThat(out.next(line -> line.startsWith("mybot> ")))
          .as("blank lines are no messages; the next reply answers WAKE UP")
          .isEqualTo("mybot> LOUD NOISES! WAKE UP");
    }

    err.any(line -> line.contains("Standard input has ended"));
    assertThat(statsStatus(err)).as("the API serves on after the input ended").isEqualTo(200);
  }

  @Test
  void withoutAnythingOnStandardInputItSaysSoAndIdles() throws Exception {
    bot = start(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Lines err = new Lines(bot.getErrorStream());

    assertThat(err.any(line -> line.contains("Shell connector")))
        .contains("'shell'", "idles");
    assertThat(statsStatus(err)).as("the bot runs on without a terminal").isEqualTo(200);
  }

  /** {@code GET /stats} on the port the bot says it listens on; its status. */
  private static int statsStatus(Lines err) throws Exception {
    String listening = err.any(line -> line.contains("API listening on port"));
    String port = listening.substring(listening.lastIndexOf(' ') + 1);
    HttpRequest stats = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/stats")).timeout(Duration.ofSeconds(WAIT_SECONDS)).build();
    return HttpClient.newHttpClient().send(stats, HttpResponse.BodyHandlers.discarding())
        .statusCode();
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

    /** Every line read so far; guarded by this object's monitor. */
    private final List<String> seen = new ArrayList<>();
    /** Where {@link #next} goes on from. */
    private int cursor;

    Lines(InputStream stream) {
      Thread reader = new Thread(() -> readAll(stream), "shell-test-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void readAll(InputStream stream) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(stream,
          StandardCharsets.UTF_8))) {
        in.lines().forEach(this::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        // The bot ended; the lines it wrote are kept.
      }
    }

    private synchronized void add(String line) {
      seen.add(line);
      notifyAll();
    }

    /** The next line after the last one {@code next} gave that {@code wanted} accepts. */
    synchronized String next(Predicate<String> wanted) throws InterruptedException {
      int found = awaitIndex(cursor, wanted);
      cursor = found + 1;
      return seen.get(found);
    }

    /** The first line of all, read or still to come, that {@code wanted} accepts. */
    synchronized String any(Predicate<String> wanted) throws InterruptedException {
      return seen.get(awaitIndex(0, wanted));
    }

    private int awaitIndex(int from, Predicate<String> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      for (int i = from; ; i++) {
        while (i >= seen.size()) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new AssertionError("no such line within " + WAIT_SECONDS + " s in " + seen);
          }
          TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        if (wanted.test(seen.get(i))) {
          return i;
        }
      }
    }
  }
}
