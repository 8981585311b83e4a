package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void anyScriptIsPlainText() {
    assertThat(PlainText.isPlain("Résolution sur le financement climatique")).isTrue();
    assertThat(PlainText.isPlain("قرار بشأن تمويل المناخ (2026)")).isTrue();
    assertThat(PlainText.isPlain("Закон № 5 — «итоги»")).isTrue();
  }

  @Test
  void controlAndDirectionOverrideCharactersAreNot() {
    assertThat(PlainText.isPlain("Budget\u202E2026")).isFalse();
    assertThat(PlainText.isPlain("\u2067Budget\u2069")).isFalse();
    assertThat(PlainText.isPlain("Budget\r\n2026")).isFalse();
    assertThat(PlainText.isPlain("Budget\u001b[31m")).isFalse();
    assertThat(PlainText.isPlain(null)).isFalse();
  }
}
