package org.ipu.assembly.web.platform.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  record Line(String name, Integer count) {}

  record Sheet(String title, boolean open, List<Line> lines, Object value) {}

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\": \"Water\", \"open\": true, \"lines\": [{\"name\": \"a\", \"count\": 2}]}",
        "{\"title\": null, \"lines\": [], \"value\": {\"any\": [1, \"x\"]}}",
        "{\"title\": \"\\ud83d\\ude00 pair\", \"lines\": [{\"count\": \"3\"}]}",
        "{\"unknown\": 12}"
      })
  void valuesOfTheRightKindPass(String body) {
    assertThatCode(() -> StrictJson.check(json(body), Sheet.class)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"title\": 12}",
        "{\"title\": true}",
        "{\"title\": {}}",
        "{\"open\": \"yes\"}",
        "{\"lines\": {}}",
        "{\"lines\": [12]}",
        "{\"lines\": [{\"name\": 5}]}",
        "{\"lines\": [{\"count\": {}}]}",
        "{\"title\": \"half \\ud800 a pair\"}",
        "{\"\\udc00\": 1}"
      })
  void aValueOfTheWrongKindOrHalfASurrogatePairIsRefused(String body) {
    assertThatThrownBy(() -> StrictJson.check(json(body), Sheet.class))
        .isInstanceOf(JsonbException.class);
  }
}
