package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipu.assembly.voting.rules.Correction.Stage;
import org.junit.jupiter.api.Test;

class CorrectionTest {

  @Test
  void aDraftOrAnOpenVoteMayBeAnnulled() {
    assertThat(Correction.annulRefusal(Stage.DRAFT)).isEmpty();
    assertThat(Correction.annulRefusal(Stage.OPEN)).isEmpty();
  }

  @Test
  void aClosedVoteIsTheRecordAndIsNeverAnnulled() {
    assertThat(Correction.annulRefusal(Stage.CLOSED)).contains("vote.closed-is-the-record");
    assertThat(Correction.annulRefusal(Stage.ANNULLED)).contains("vote.annulled");
  }

  @Test
  void onlyAClosedResultIsVoidedAndOnlyOnce() {
    assertThat(Correction.voidRefusal(Stage.CLOSED, false)).isEmpty();
    assertThat(Correction.voidRefusal(Stage.CLOSED, true)).contains("vote.void.already-void");
    assertThat(Correction.voidRefusal(Stage.OPEN, false)).contains("vote.void.not-closed");
    assertThat(Correction.voidRefusal(Stage.DRAFT, false)).contains("vote.void.not-closed");
    assertThat(Correction.voidRefusal(Stage.ANNULLED, false)).contains("vote.void.not-closed");
  }
}
