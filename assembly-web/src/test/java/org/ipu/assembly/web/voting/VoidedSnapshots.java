package org.ipu.assembly.web.voting;

import java.time.LocalDateTime;
import org.ipu.assembly.voting.control.VoteSnapshot;

/** Snapshots of closed votes whose result was voided after the fact, for the exports' tests. */
final class VoidedSnapshots {

  private VoidedSnapshots() {}

  /** The closed vote as it was, voided at {@code at} for {@code reason}. */
  static VoteSnapshot voided(VoteSnapshot c, LocalDateTime at, String reason) {
    return new VoteSnapshot(
        c.voteId(),
        c.subject(),
        c.subjectTranslations(),
        c.method(),
        c.majorityRule(),
        c.state(),
        c.rollCallLetter(),
        c.openedAt(),
        c.closedAt(),
        c.annulReason(),
        c.replacesVoteId(),
        c.delegationsEligible(),
        c.delegationsVoted(),
        c.usableVotes(),
        c.totals(),
        c.required(),
        c.outcome(),
        c.auditSequence(),
        c.board(),
        c.closesAt(),
        c.emergency(),
        new VoteSnapshot.Voided(at, reason));
  }
}
