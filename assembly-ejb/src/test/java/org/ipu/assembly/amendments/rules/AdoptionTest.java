package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The committee's text awaits the plenary, which decides once: consensus adopts, a vote decides.
 */
class AdoptionTest {

  @Test
  void theCommitteesTextAwaitsThePlenary() {
    assertThat(Adoption.COMMITTEE_TEXT.awaitsPlenary()).isTrue();
    assertThat(Adoption.ADOPTED.awaitsPlenary()).isFalse();
    assertThat(Adoption.REJECTED.awaitsPlenary()).isFalse();
  }

  @Test
  void consensusAdoptsAndAVoteAdoptsOrRejects() {
    assertThat(Adoption.COMMITTEE_TEXT.decide(Adoption.How.CONSENSUS, true))
        .isEqualTo(Adoption.ADOPTED);
    assertThat(Adoption.COMMITTEE_TEXT.decide(Adoption.How.VOTE, true)).isEqualTo(Adoption.ADOPTED);
    assertThat(Adoption.COMMITTEE_TEXT.decide(Adoption.How.VOTE, false))
        .isEqualTo(Adoption.REJECTED);
    assertThatThrownBy(() -> Adoption.COMMITTEE_TEXT.decide(Adoption.How.CONSENSUS, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePlenaryDecidesOnce() {
    assertThatThrownBy(() -> Adoption.ADOPTED.decide(Adoption.How.VOTE, false))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Adoption.REJECTED.decide(Adoption.How.CONSENSUS, true))
        .isInstanceOf(IllegalStateException.class);
  }
}
