package org.ipu.assembly.voting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.junit.jupiter.api.Test;

/** A delegation's ballot against its usable votes in the frozen electorate. */
class BallotBoxTest {

  private static final BallotRequest THREE_YES = new BallotRequest(3, 0, 0, "key-1");

  private static AssemblyException refusal(ElectorateEntry entry) {
    return catchThrowableOfType(AssemblyException.class, () -> BallotBox.checked(entry, THREE_YES));
  }

  @Test
  void aDelegationWithoutAVoteIsRefusedAlikeWhetherOutsideTheElectorateOrSuspended() {
    // An Associate Member or an observer is not in the electorate at all.
    AssemblyException associate = refusal(null);
    // A suspended Member is in it, with no votes.
    AssemblyException suspended = refusal(new ElectorateEntry(1, 2, 0, 3, 0));

    assertThat(associate.getKind()).isEqualTo(AssemblyException.Kind.FORBIDDEN);
    assertThat(suspended.getKind()).isEqualTo(associate.getKind());
    assertThat(suspended.getCode()).isEqualTo("ballot.no-usable-votes");
  }

  @Test
  void aSplitOverTheUsableVotesIsInvalidInput() {
    AssemblyException over = refusal(new ElectorateEntry(1, 2, 10, 1, 2));

    assertThat(over.getKind()).isEqualTo(AssemblyException.Kind.INVALID);
    assertThat(over.getCode()).isEqualTo("ballot.exceeds-usable-votes");
    assertThat(over.getArguments()).containsExactly(3, 2);
  }

  @Test
  void aSplitWithinTheUsableVotesPasses() {
    assertThat(BallotBox.checked(new ElectorateEntry(1, 2, 10, 1, 5), THREE_YES).yes())
        .isEqualTo(3);
  }
}
