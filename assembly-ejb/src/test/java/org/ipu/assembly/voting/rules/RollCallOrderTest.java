package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipu.assembly.voting.rules.RollCallOrder.Delegation;
import org.junit.jupiter.api.Test;

class RollCallOrderTest {

  private static final List<Delegation> DELEGATIONS =
      List.of(
          new Delegation(1, "Kenya", 13),
          new Delegation(2, "Afghanistan", 12),
          new Delegation(3, "Mali", 0),
          new Delegation(4, "Zimbabwe", 12),
          new Delegation(5, "France", 17),
          new Delegation(6, "Madagascar", 13),
          new Delegation(7, "Luxembourg", 10));

  private static List<String> names(List<Delegation> order) {
    return order.stream().map(Delegation::englishName).toList();
  }

  @Test
  void startsAtTheLetterDrawnAndGoesRoundTheAlphabet() {
    assertThat(names(RollCallOrder.of('M', DELEGATIONS)))
        .containsExactly("Madagascar", "Zimbabwe", "Afghanistan", "France", "Kenya", "Luxembourg");
  }

  @Test
  void aLetterNoNameStartsWithStartsAtTheNextName() {
    assertThat(names(RollCallOrder.of('G', DELEGATIONS)))
        .containsExactly("Kenya", "Luxembourg", "Madagascar", "Zimbabwe", "Afghanistan", "France");
  }

  @Test
  void theLetterAIsAlphabeticalOrderAndTheCaseOfTheLetterDoesNotMatter() {
    assertThat(names(RollCallOrder.of('a', DELEGATIONS)))
        .containsExactly("Afghanistan", "France", "Kenya", "Luxembourg", "Madagascar", "Zimbabwe");
  }

  @Test
  void delegationsWithoutUsableVotesAreNotCalled() {
    assertThat(RollCallOrder.of('M', DELEGATIONS))
        .extracting(Delegation::parliamentId)
        .doesNotContain(3L);
    assertThat(RollCallOrder.of('M', List.of(new Delegation(3, "Mali", 0)))).isEmpty();
  }

  @Test
  void refusesWhatIsNotALetterAndANamelessDelegation() {
    assertThatThrownBy(() -> RollCallOrder.of('1', DELEGATIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A to Z");
    assertThatThrownBy(() -> new Delegation(9, "", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no English name");
    assertThatThrownBy(() -> new Delegation(9, "Chad", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
