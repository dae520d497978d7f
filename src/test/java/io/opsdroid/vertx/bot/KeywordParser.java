package io.opsdroid.vertx.bot;

import io.opsdroid.vertx.module.Intent;
import io.opsdroid.vertx.module.ModuleContext;
import io.opsdroid.vertx.module.Parser;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A test parser of one's own, a stand-in for a language-understanding service: "deploy X"
 * is the intent {@code deploy} with the entity {@code service: X}, scored 0.95; "hello
 * there" is {@code greet}, scored 0.4. It fails on its config's {@code fail-on} word and
 * never answers on its {@code hang-on} word.
 */
public class KeywordParser implements Parser {

  private String failOn;
  private String hangOn;

  @Override
  public Future<Void> start(ModuleContext context) {
    failOn = context.config().getString("fail-on", null);
    hangOn = context.config().getString("hang-on", null);
    return Future.succeededFuture();
  }

  @Override
  public Future<List<Intent>> parse(String text) {
    if (failOn != null && text.contains(failOn)) {
      return Future.failedFuture(new IllegalStateException("the service is down"));
    }
    if (hangOn != null && text.contains(hangOn)) {
      return Promise.<List<Intent>>promise().future();
    }
    List<Intent> intents = new ArrayList<>();
    String[] words = text.split(" ");
    if (words.length == 2 && words[0].equals("deploy")) {
      intents.add(new Intent("deploy", 0.95, new JsonObject().put("service", words[1])));
    }
    if (text.contains("hello there")) {
      intents.add(Intent.of("greet", 0.4));
    }
    return Future.succeededFuture(intents);
  }
}
