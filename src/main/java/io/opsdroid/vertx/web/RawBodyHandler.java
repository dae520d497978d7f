package io.opsdroid.vertx.web;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body whole, as bytes, up to a limit; a larger body fails the route with
 * 413. Vert.x Web's {@code BodyHandler} decodes a body sent as a form, whatever the route
 * wants, and refuses a form field longer than 1 KiB: {@code curl -d '{...}'} says
 * {@code application/x-www-form-urlencoded}, so a webhook or a change of some size sent
 * that way would get 400. Every body here is JSON, or the skill's to read, never a form.
 */
final class RawBodyHandler implements Handler<RoutingContext> {

  private static final String BODY_KEY = "opsdroid.body";

  private final long limit;

  RawBodyHandler(long limit) {
    this.limit = limit;
  }

  /** The body this handler read, as UTF-8 text; empty when the request had none. */
  static String text(RoutingContext ctx) {
    Buffer body = ctx.get(BODY_KEY);
    return body == null ? "" : body.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (declaredLength(request) > limit) {
      ctx.fail(413);
      return;
    }
    if (request.isEnded()) {
      ctx.next();
      return;
    }
    if (request.version() == HttpVersion.HTTP_1_1
        && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
      ctx.response().writeContinue();
    }
    new Reading(ctx).start();
  }

  /** The Content-Length the client declared, or -1; a malformed one counts as too large. */
  private static long declaredLength(HttpServerRequest request) {
    String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared == null) {
      return -1;
    }
    try {
      return Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** One body being read: a body that outgrows the limit fails once, and is dropped. */
  private final class Reading {

    private final RoutingContext ctx;
    private final Buffer body = Buffer.buffer();
    private boolean tooLarge;

    Reading(RoutingContext ctx) {
      this.ctx = ctx;
    }

    void start() {
      ctx.request()
          .handler(this::append)
          .endHandler(ended -> finish())
          .resume();
    }

    private void append(Buffer chunk) {
      if (tooLarge) {
        return;
      }
      if (body.length() + (long) chunk.length() > limit) {
        tooLarge = true;
        ctx.fail(413);
        return;
      }
      body.appendBuffer(chunk);
    }

    private void finish() {
      if (!tooLarge) {
        ctx.put(BODY_KEY, body);
        ctx.next();
      }
    }
  }
}
