package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultsPageTest {

  @Test
  void theFirstPageOfTwentyUnlessAsked() {
    ResultsPage page = ResultsPage.of(null, null);
    assertThat(page).isEqualTo(new ResultsPage(0, 20));
    assertThat(page.offset()).isZero();
    assertThat(ResultsPage.of(3, 50).offset()).isEqualTo(150);
  }

  @Test
  void aPageNeverHoldsMoreThanTheMaximumWhateverTheHistory() {
    assertThat(ResultsPage.refusal(0, 100)).isEmpty();
    assertThat(ResultsPage.refusal(0, 101)).contains("results.page.invalid");
    assertThat(ResultsPage.refusal(0, 0)).contains("results.page.invalid");
    assertThat(ResultsPage.refusal(-1, 20)).contains("results.page.invalid");
    assertThat(ResultsPage.refusal(Integer.MAX_VALUE, 100)).contains("results.page.invalid");
    assertThatThrownBy(() -> new ResultsPage(0, 10_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagesCountedFromTheTotal() {
    ResultsPage page = ResultsPage.of(0, 20);
    assertThat(page.pages(0)).isEqualTo(1);
    assertThat(page.pages(20)).isEqualTo(1);
    assertThat(page.pages(21)).isEqualTo(2);
    assertThat(page.pages(301)).isEqualTo(16);
  }
}
