package io.opsdroid.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: which file it reads, and how it stops on a configuration it cannot use,
 * run in a JVM of its own as a user would run it.
 */
class MainTest {

  private static final long CHILD_TIMEOUT_SECONDS = 60;

  @TempDir
  Path folder;

  @Test
  void shortOptionNamesTheFile() {
    assertThat(Main.configFile(new String[] {"-c", "bot.yaml"}, Map.of()))
        .isEqualTo("bot.yaml");
  }

  @Test
  void longOptionNamesTheFileWithSpaceOrEquals() {
    assertThat(Main.configFile(new String[] {"--config", "a.yaml"}, Map.of()))
        .isEqualTo("a.yaml");
    assertThat(Main.configFile(new String[] {"--config=b.yaml"}, Map.of()))
        .isEqualTo("b.yaml");
  }

  @Test
  void environmentNamesTheFileWhenNoOptionDoes() {
    Map<String, String> environment = Map.of("OPSDROID_CONFIG", "/etc/opsdroid.yaml");
    assertThat(Main.configFile(new String[0], environment)).isEqualTo("/etc/opsdroid.yaml");
  }

  @Test
  void optionWinsOverTheEnvironment() {
    Map<String, String> environment = Map.of("OPSDROID_CONFIG", "/etc/opsdroid.yaml");
    assertThat(Main.configFile(new String[] {"-c", "mine.yaml"}, environment))
        .isEqualTo("mine.yaml");
  }

  @Test
  void withoutOptionOrEnvironmentTheDefaultFileIsRead() {
    assertThat(Main.configFile(new String[0], Map.of())).isEqualTo("conf/configuration.yaml");
    assertThat(Main.configFile(new String[0], Map.of("OPSDROID_CONFIG", " ")))
        .isEqualTo("conf/configuration.yaml");
  }

  @Test
  void optionWithoutFileIsRefused() {
    assertThatThrownBy(() -> Main.configFile(new String[] {"--config"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--config");
  }

  @Test
  void unknownArgumentIsRefused() {
    assertThatThrownBy(() -> Main.configFile(new String[] {"--verbose"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--verbose");
  }

  @Test
  void missingFileExitsWithOneErrorLineNamingIt() throws Exception {
    String missing = folder.resolve("missing.yaml").toString();
    Run run = runMain(Map.of(), "-c", missing);

    assertStoppedWithOneErrorLine(run, missing);
  }

  @Test
  void fileThatIsNotYamlExitsWithOneErrorLineNamingIt() throws Exception {
    String file = write("connectors: [websocket\nskills: {: :\n");
    Run run = runMain(Map.of(), "--config", file);

    assertStoppedWithOneErrorLine(run, file);
  }

  @Test
  void wrongShapeExitsWithOneErrorLineNamingFileAndKey() throws Exception {
    String file = write("connectors: {websocket: {}}\nskills: 5\n");
    Run run = runMain(Map.of(), "--config=" + file);

    assertStoppedWithOneErrorLine(run, file);
    assertThat(run.errorLines().get(0)).contains("skills");
  }

  @Test
  void commandCenterWithoutTokenExitsWithOneErrorLine() throws Exception {
    String file = write("web: {command-center: {enabled: true}}\nconnectors: {websocket: {}}\n");
    Run run = runMain(Map.of(), "-c", file);

    assertStoppedWithOneErrorLine(run, file);
    assertThat(run.errorLines().get(0)).contains("web.command-center.token");
  }

  @Test
  void fileNamedByTheEnvironmentIsRead() throws Exception {
    String file = write("connectors: {websocket: {}}\nskills: 5\n");
    Run run = runMain(Map.of("OPSDROID_CONFIG", file));

    assertStoppedWithOneErrorLine(run, file);
  }

  @Test
  void missingCertificateExitsNamingItRatherThanServingPlainHttp() throws Exception {
    String cert = folder.resolve("missing-cert.pem").toString();
    String file = write("web: {host: 127.0.0.1, port: 0, ssl: {cert: " + cert + ", key: "
        + cert + "}}\nconnectors: {websocket: {}}\n");
    Run run = runMain(Map.of(), "-c", file);

    assertStoppedWithOneErrorLine(run, cert);
  }

  @Test
  void portInUseExitsWithOneErrorLineNamingHostAndPort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String file = write("web: {host: 127.0.0.1, port: " + taken.getLocalPort() + "}\n"
          + "connectors: {websocket: {}}\n");
      Run run = runMain(Map.of(), "-c", file);

      assertStoppedWithOneErrorLine(run, "127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void unknownArgumentExitsWithOneErrorLine() throws Exception {
    Run run = runMain(Map.of(), "--verbose");

    assertStoppedWithOneErrorLine(run, "--verbose");
  }

  private static void assertStoppedWithOneErrorLine(Run run, String named) {
    assertThat(run.exitCode()).as("exit code; stderr: %s", run.stderr()).isEqualTo(1);
    assertThat(run.errorLines()).as("ERROR lines of %s", run.stderr()).hasSize(1);
    assertThat(run.errorLines().get(0)).contains(named);
    assertThat(run.stderr()).as("no stack trace").doesNotContain("\tat ", "Caused by");
  }

  private String write(String yaml) throws IOException {
    Path file = Files.createTempFile(folder, "configuration", ".yaml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  /** Runs {@link Main} in a new JVM on this test's class path, and waits for it to end. */
  private Run runMain(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(folder, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile());
    builder.environment().remove("OPSDROID_CONFIG");
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Main did not stop within " + CHILD_TIMEOUT_SECONDS + "s");
    }
    return new Run(process.exitValue(), Files.readString(stderr));
  }

  private record Run(int exitCode, String stderr) {

    List<String> errorLines() {
      return stderr.lines().filter(line -> line.contains(" ERROR ")).toList();
    }
  }
}
