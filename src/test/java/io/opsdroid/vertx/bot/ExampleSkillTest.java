package io.opsdroid.vertx.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsdroid.vertx.skill.Skill;
import io.opsdroid.vertx.testing.ChatClient;
import io.opsdroid.vertx.testing.StopTestBots;
import io.opsdroid.vertx.testing.TestBot;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example skill of {@code examples/ping-skill}, built as its README says (compiled
 * against the bot, packed in a jar) and loaded by the bot from {@code path:}.
 */
@ExtendWith({VertxExtension.class, StopTestBots.class})
class ExampleSkillTest {

  private static final Path SOURCE = Path.of(System.getProperty("basedir", "."),
      "examples/ping-skill/src/main/java/com/example/ping/PingSkill.java");
  private static final String TOKEN = "cc-token";
  /** Where Linux lists the files this process holds open. */
  private static final Path OPEN_FILES = Path.of("/proc/self/fd");

  @TempDir
  static Path build;
  private static Path classes;
  private static Path jar;

  @TempDir
  Path dir;

  @BeforeAll
  static void buildTheExample() throws IOException {
    classes = Files.createDirectories(build.resolve("classes"));
    compile(SOURCE, classes);
    jar = build.resolve("ping-skill.jar");
    pack(classes, jar);
  }

  @Test
  void skillLoadedFromAJarAnswersPingWithPong(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config(jar, ""))
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.ask("ping"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("pong");
          ctx.completeNow();
        })));
  }

  @Test
  void skillAnswersWithTheReplyOfItsOwnConfig(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config(jar, "reply: pong from the jar"))
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.ask("Ping"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("pong from the jar");
          ctx.completeNow();
        })));
  }

  @Test
  void skillLoadedFromAFolderOfClassesAnswersToo(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config(classes, ""))
        .compose(bot -> ChatClient.open(bot, "websocket"))
        .compose(chat -> chat.ask("ping"))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          assertThat(reply).isEqualTo("pong");
          ctx.completeNow();
        })));
  }

  @Test
  void skillsListShowsWhereTheSkillWasLoadedFrom(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config(jar, ""))
        .compose(bot -> bot.get("/skills", Map.of("Authorization", TOKEN)))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject ping = reply.json().getJsonObject("ping");
          assertThat(ping.getString("state")).isEqualTo("running");
          assertThat(ping.getBoolean("is_builtin")).isFalse();
          assertThat(ping.getString("entrypoint")).isEqualTo("com.example.ping.PingSkill");
          assertThat(ping.getString("install_path")).endsWith("ping-skill.jar");
          ctx.completeNow();
        })));
  }

  @Test
  void skillIsNotFoundWithoutItsPath(Vertx vertx, VertxTestContext ctx) {
    String yaml = config(jar, "").replaceAll("    path: .*\n", "");
    TestBot.start(vertx, dir, yaml)
        .compose(bot -> bot.get("/skills", Map.of("Authorization", TOKEN)))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject ping = reply.json().getJsonObject("ping");
          assertThat(ping.getString("state")).isEqualTo("failed");
          assertThat(ping.getString("error")).contains("com.example.ping.PingSkill");
          ctx.completeNow();
        })));
  }

  @Test
  void blankReplyStopsTheSkillWithAnErrorNamingTheKey(Vertx vertx, VertxTestContext ctx) {
    TestBot.start(vertx, dir, config(jar, "reply: \"  \""))
        .compose(bot -> bot.get("/skills", Map.of("Authorization", TOKEN)))
        .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
          JsonObject ping = reply.json().getJsonObject("ping");
          assertThat(ping.getString("state")).isEqualTo("failed");
          assertThat(ping.getString("error")).contains("'ping'", "'reply'");
          ctx.completeNow();
        })));
  }

  /**
   * An operator replaces the jar with a rebuilt one and PATCHes the skill to reload it, three
   * times: the bot holds open the copy its skill runs from, not every copy it ever ran from.
   */
  @Test
  void reloadsOfARebuiltJarHoldOnlyTheRunningCopyOpenAndAStoppedBotNone(Vertx vertx,
      VertxTestContext ctx) throws IOException {
    assumeTrue(Files.isDirectory(OPEN_FILES), "open files are counted through /proc");
    Path deployed = dir.resolve("ping-skill.jar");
    Files.copy(jar, deployed);
    TestBot.start(vertx, dir, config(deployed, ""))
        .compose(bot -> rebuildAndReload(bot, deployed, "pong one")
            .compose(reloaded -> rebuildAndReload(bot, deployed, "pong two"))
            .compose(reloaded -> rebuildAndReload(bot, deployed, "pong three"))
            .compose(reloaded -> ChatClient.open(bot, "websocket"))
            .compose(chat -> chat.ask("ping"))
            .compose(reply -> {
              long openWhileRunning = openCopiesOf(deployed);
              return bot.stop().map(stopped -> List.of(reply, openWhileRunning,
                  openCopiesOf(deployed)));
            }))
        .onComplete(ctx.succeeding(seen -> ctx.verify(() -> {
          assertThat(seen.get(0)).isEqualTo("pong three");
          assertThat(seen.get(1)).as("copies of the jar open while the skill runs")
              .isEqualTo(1L);
          assertThat(seen.get(2)).as("copies of the jar open once the bot stopped")
              .isEqualTo(0L);
          ctx.completeNow();
        })));
  }

  @Test
  void skillPatchedOffLetsGoOfItsJar(Vertx vertx, VertxTestContext ctx) throws IOException {
    assumeTrue(Files.isDirectory(OPEN_FILES), "open files are counted through /proc");
    Path deployed = Files.copy(jar, dir.resolve("ping-skill.jar"));
    TestBot.start(vertx, dir, config(deployed, ""))
        .compose(bot -> {
          long openWhileRunning = openCopiesOf(deployed);
          return bot.patch("skills", "ping", new JsonObject().put("enabled", false), TOKEN)
              .map(off -> List.of(off.status(), openWhileRunning, openCopiesOf(deployed)));
        })
        .onComplete(ctx.succeeding(seen -> ctx.verify(() -> {
          assertThat(seen.get(0)).isEqualTo(200);
          assertThat(seen.get(1)).as("copies of the jar open while the skill runs")
              .isEqualTo(1L);
          assertThat(seen.get(2)).as("copies of the jar open once the skill is off")
              .isEqualTo(0L);
          ctx.completeNow();
        })));
  }

  /** Puts a new build of the jar in place, as a deployment would, then reloads the skill. */
  private static Future<TestBot.Reply> rebuildAndReload(TestBot bot, Path deployed,
      String reply) {
    try {
      Path rebuilt = Files.copy(jar, deployed.resolveSibling("rebuilt.jar"));
      Files.move(rebuilt, deployed, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      return Future.failedFuture(e);
    }
    return bot.patchApplied("skills", "ping", new JsonObject().put("reply", reply), TOKEN);
  }

  /**
   * How many copies of {@code file} this process holds open, a copy replaced since then
   * included: Linux names it after the path, with " (deleted)".
   */
  private static long openCopiesOf(Path file) {
    try (Stream<Path> open = Files.list(OPEN_FILES)) {
      String path = file.getParent().toRealPath().resolve(file.getFileName()).toString();
      return open.map(ExampleSkillTest::linkTarget)
          .filter(target -> target.equals(path) || target.equals(path + " (deleted)"))
          .count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where a file descriptor points, or "" for one closed meanwhile. */
  private static String linkTarget(Path descriptor) {
    try {
      return Files.readSymbolicLink(descriptor).toString();
    } catch (IOException e) {
      return "";
    }
  }

  private static String config(Path location, String extra) {
    return """
        web:
          command-center: {enabled: true, token: cc-token}
        connectors:
          websocket: {}
        skills:
          ping:
            module: com.example.ping.PingSkill
            path: %s
            %s
        """.formatted(location, extra);
  }

  /** Compiles {@code source} as the README says: javac against the bot's classes. */
  private static void compile(Path source, Path output) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null,
        null)) {
      List<String> options = List.of("--release", "17", "-d", output.toString(),
          "-classpath", botClassPath());
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(source.toFile())).call();
      assertThat(compiled).as("javac: %s", diagnostics.getDiagnostics()).isTrue();
    }
  }

  /**
   * The test class path, with the bot's own classes and Vert.x named outright, since a
   * forked test JVM may see its class path through a manifest-only jar.
   */
  private static String botClassPath() {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(locationOf(Skill.class));
    entries.add(locationOf(Future.class));
    entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    return String.join(File.pathSeparator, entries);
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Packs the folder {@code classes} into the jar {@code target}. */
  private static void pack(Path classes, Path target) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (OutputStream out = Files.newOutputStream(target);
        JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      for (Path file : files) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
        jarOut.putNextEntry(new JarEntry(name));
        Files.copy(file, jarOut);
        jarOut.closeEntry();
      }
    }
  }
}
