package io.opsdroid.vertx.testing;

import io.opsdroid.vertx.Opsdroid;
import io.opsdroid.vertx.RunningBot;
import io.opsdroid.vertx.config.BotConfig;
import io.opsdroid.vertx.config.ConfigLoader;
import io.opsdroid.vertx.skill.match.SchedulerClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real bot for tests: a YAML configuration written to a file, loaded as the server loads
 * it, and served on a free port of the loopback interface.
 */
public final class TestBot {

  /**
   * The bots started and not yet stopped. Holding them also holds their clients: when the
   * garbage collector finds a Vert.x client unreachable, Vert.x shuts it down with 30 s of
   * grace, and a websocket still open on it then holds {@code Vertx.close()} that long.
   */
  private static final Set<TestBot> RUNNING = ConcurrentHashMap.newKeySet();

  private final Vertx vertx;
  private final RunningBot bot;
  private final HttpClient http;
  private final WebSocketClient webSockets;
  private Future<Void> stopped;

  private TestBot(Vertx vertx, RunningBot bot) {
    this.vertx = vertx;
    this.bot = bot;
    this.http = vertx.createHttpClient(new HttpClientOptions()
        .setDefaultHost("127.0.0.1")
        .setDefaultPort(bot.port()));
    this.webSockets = vertx.createWebSocketClient();
  }

  /**
   * Starts a bot on {@code yaml}; the test's config need not say where to listen, since
   * {@code web.host} and {@code web.port} default to loopback and a free port here.
   */
  public static Future<TestBot> start(Vertx vertx, Path folder, String yaml) {
    return start(vertx, folder, yaml, null);
  }

  public static Future<TestBot> start(Vertx vertx, Path folder, String yaml,
      SchedulerClock clock) {
    failOnBotsLeftByEarlierTests(vertx);
    return load(vertx, folder, yaml, Map.of())
        .compose(config -> Opsdroid.start(vertx, withLoopback(config), clock))
        .map(running -> {
          TestBot bot = new TestBot(vertx, running);
          RUNNING.add(bot);
          return bot;
        });
  }

  /**
   * Stops every bot that has not stopped yet, as {@link StopTestBots} does after each test.
   */
  public static Future<Void> stopAll() {
    return Future.join(List.copyOf(RUNNING).stream().map(TestBot::stop).toList()).mapEmpty();
  }

  /**
   * A bot of another Vert.x instance that still counts as running was left by an earlier
   * test; it is forgotten, so that only this test fails for it.
   */
  private static void failOnBotsLeftByEarlierTests(Vertx vertx) {
    List<TestBot> leftOver = RUNNING.stream().filter(bot -> bot.vertx != vertx).toList();
    if (!leftOver.isEmpty()) {
      RUNNING.removeAll(leftOver);
      throw new IllegalStateException("An earlier test did not stop its bot: extend its class"
          + " with " + StopTestBots.class.getSimpleName());
    }
  }

  /** Loads {@code yaml} as the server does, with {@code environment} for its variables. */
  public static Future<BotConfig> load(Vertx vertx, Path folder, String yaml,
      Map<String, String> environment) {
    Path file = write(folder, yaml);
    return new ConfigLoader(vertx, environment).load(file.toString());
  }

  public static Path write(Path folder, String yaml) {
    try {
      Path file = Files.createTempFile(folder, "configuration", ".yaml");
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BotConfig withLoopback(BotConfig config) {
    JsonObject json = config.json().copy();
    JsonObject web = json.getJsonObject("web", new JsonObject());
    JsonObject webJson = config.web().toJson();
    if (!web.containsKey("host")) {
      webJson.put("host", "127.0.0.1");
    }
    if (!web.containsKey("port")) {
      webJson.put("port", 0);
    }
    if (!web.containsKey("instances")) {
      webJson.put("instances", 2);
    }
    return new BotConfig(config.source(), json,
        io.opsdroid.vertx.config.WebSettings.fromJson(webJson));
  }

  public int port() {
    return bot.port();
  }

  public RunningBot running() {
    return bot;
  }

  public HttpClient http() {
    return http;
  }

  /** Sends a request and reads the whole reply. */
  public Future<Reply> request(HttpMethod method, String path, Map<String, String> headers,
      String body) {
    RequestOptions options = new RequestOptions().setMethod(method).setURI(path);
    headers.forEach(options::addHeader);
    return http.request(options).compose(request -> readReply(request, body));
  }

  /**
   * Sends {@code request} and reads the reply within the send's own callback, on the
   * request's event loop. A chain continued from the test's thread may run only after the
   * response has ended, and Vert.x 5.0 then never completes its {@code body()}.
   */
  public static Future<Reply> readReply(HttpClientRequest request, String body) {
    Future<HttpClientResponse> sent = body == null ? request.send() : request.send(body);
    return sent.compose(response -> response.body().map(bytes -> new Reply(response, bytes)));
  }

  /**
   * Sends {@code request} as it is over a new TCP connection and gives every byte the bot
   * sends back until it closes the connection: for what an HTTP client would hide, such as
   * a body after a HEAD. The request should say {@code Connection: close}.
   */
  public Future<String> raw(String request) {
    NetClient tcp = vertx.createNetClient();
    Buffer received = Buffer.buffer();
    Promise<String> reply = Promise.promise();
    tcp.connect(bot.port(), "127.0.0.1")
        .onFailure(reply::fail)
        .onSuccess(socket -> {
          socket.handler(received::appendBuffer);
          socket.closeHandler(closed -> reply.complete(received.toString()));
          socket.write(request);
        });
    return reply.future().eventually(tcp::close);
  }

  public Future<Reply> get(String path, Map<String, String> headers) {
    return request(HttpMethod.GET, path, headers, null);
  }

  public Future<Reply> post(String path, Map<String, String> headers, String body) {
    return request(HttpMethod.POST, path, headers, body);
  }

  /** The {@code messages} part of {@code GET /stats}. */
  public Future<JsonObject> messageStats() {
    return get("/stats", Map.of()).map(reply -> reply.json().getJsonObject("messages"));
  }

  /**
   * Changes one module through the command center: {@code PATCH /<section>} with
   * {@code token} as the command center's token.
   */
  public Future<Reply> patch(String section, String name, JsonObject config, String token) {
    JsonObject body = new JsonObject()
        .put("module_type", section)
        .put("module_name", name)
        .put("config", config);
    Map<String, String> headers = Map.of("Authorization", token,
        "Content-Type", "application/json");
    return request(HttpMethod.PATCH, "/" + section, headers, body.encode());
  }

  /** {@link #patch}, failed unless the change was applied (200), for steps that rely on it. */
  public Future<Reply> patchApplied(String section, String name, JsonObject config,
      String token) {
    return patch(section, name, config, token).compose(reply -> reply.status() == 200
        ? Future.succeededFuture(reply)
        : Future.failedFuture("PATCH of " + section + " '" + name + "' gave " + reply.status()
            + " " + reply.text()));
  }

  /** {@code POST /connector/<connector>}: the reply that carries a socket id, or refuses. */
  public Future<Reply> requestSocket(String connector, Map<String, String> headers) {
    return post("/connector/" + connector, headers, null);
  }

  /** Asks the websocket connector {@code connector} for a socket id. */
  public Future<String> socketId(String connector) {
    return requestSocket(connector, Map.of()).compose(reply -> {
      if (reply.status() != 200) {
        return Future.failedFuture("socket refused: " + reply.status() + " " + reply.text());
      }
      return Future.succeededFuture(reply.json().getString("socket"));
    });
  }

  /** Asks the websocket connector {@code connector} for a socket and opens it. */
  public Future<WebSocket> openSocket(String connector) {
    return socketId(connector).compose(socket -> connect(connector, socket));
  }

  public Future<WebSocket> connect(String connector, String socket) {
    WebSocketConnectOptions options = new WebSocketConnectOptions()
        .setHost("127.0.0.1")
        .setPort(bot.port())
        .setURI("/connector/" + connector + "/" + socket);
    return webSockets.connect(options);
  }

  /**
   * Closes the clients, then stops the bot, as its server would be stopped: websockets close
   * with their handshake while the bot still answers. Later calls give the same result.
   */
  public synchronized Future<Void> stop() {
    if (stopped == null) {
      stopped = webSockets.close()
          .transform(closed -> http.close())
          .transform(closed -> bot.stop())
          .onComplete(done -> RUNNING.remove(this));
    }
    return stopped;
  }

  /** A whole HTTP reply. */
  public record Reply(HttpClientResponse response, Buffer body) {

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.getHeader(name);
    }

    public String text() {
      return body.toString();
    }

    public JsonObject json() {
      return new JsonObject(body);
    }
  }
}
