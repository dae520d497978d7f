package io.opsdroid.vertx.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 7396: the cases of its Appendix A whose target and patch are objects, and more. */
class JsonMergePatchTest {

  @ParameterizedTest(name = "{0} patched with {1} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      {"a":"b"}                 | {"a":"c"}                    | {"a":"c"}
      {"a":"b"}                 | {"b":"c"}                    | {"a":"b","b":"c"}
      {"a":"b"}                 | {"a":null}                   | {}
      {"a":"b","b":"c"}         | {"a":null}                   | {"b":"c"}
      {"a":["b"]}               | {"a":"c"}                    | {"a":"c"}
      {"a":"c"}                 | {"a":["b"]}                  | {"a":["b"]}
      {"a":{"b":"c"}}           | {"a":{"b":"d","c":null}}     | {"a":{"b":"d"}}
      {"a":[{"b":"c"}]}         | {"a":[1]}                    | {"a":[1]}
      {"e":null}                | {"a":1}                      | {"e":null,"a":1}
      {}                        | {"a":{"bb":{"ccc":null}}}    | {"a":{"bb":{}}}
      {"a":"b"}                 | {}                           | {"a":"b"}
      {"a":"b"}                 | {"a":{"c":"d"}}              | {"a":{"c":"d"}}
      {"a":{"b":1,"c":2}}       | {"a":{"b":null}}             | {"a":{"c":2}}
      {"a":{"b":{"c":1,"d":2}}} | {"a":{"b":{"d":3}}}          | {"a":{"b":{"c":1,"d":3}}}
      {"a":[1,2]}               | {"a":[{"b":null}]}           | {"a":[{"b":null}]}
      """)
  void appliesThePatchAsTheRfcSays(String target, String patch, String result) {
    JsonObject patched = JsonMergePatch.apply(new JsonObject(target), new JsonObject(patch));

    assertThat(patched).isEqualTo(new JsonObject(result));
  }

  @Test
  void leavesTargetAndPatchUnchanged() {
    JsonObject target = new JsonObject("{\"a\":{\"b\":1},\"list\":[1]}");
    JsonObject patch = new JsonObject("{\"a\":{\"b\":null,\"c\":{\"d\":2}},\"list\":[3]}");
    JsonObject targetBefore = target.copy();
    JsonObject patchBefore = patch.copy();

    JsonObject patched = JsonMergePatch.apply(target, patch);
    patched.getJsonObject("a").getJsonObject("c").put("d", 99);
    patched.getJsonArray("list").add(4);

    assertThat(target).isEqualTo(targetBefore);
    assertThat(patch).isEqualTo(patchBefore);
  }
}
