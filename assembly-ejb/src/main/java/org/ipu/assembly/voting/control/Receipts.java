package org.ipu.assembly.voting.control;

import java.time.LocalDateTime;
import org.ipu.assembly.platform.audit.AuditRecord;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.SecretDelegateShare;
import org.ipu.assembly.voting.entity.SecretParticipation;
import org.ipu.assembly.voting.rules.BallotSplit;

/** The receipts a delegation gets for its ballots, first time or replayed. */
final class Receipts {

  private Receipts() {}

  /** A named ballot's receipt, from the ballot as stored. */
  static BallotReceipt of(Ballot b, boolean replay) {
    BallotSplit s = b.split();
    return new BallotReceipt(
        b.getId(),
        b.getVoteId(),
        b.getParliamentId(),
        b.getBallotVersion(),
        s.yes(),
        s.no(),
        s.abstain(),
        b.getCastAt(),
        b.getAuditSequence(),
        b.getAuditHash(),
        replay);
  }

  /** A secret ballot's receipt: the counts the delegation sent, which are stored nowhere. */
  static BallotReceipt secret(
      long voteId,
      long parliamentId,
      BallotSplit split,
      LocalDateTime castAt,
      AuditRecord audit,
      boolean replay) {
    return new BallotReceipt(
        null,
        voteId,
        parliamentId,
        1,
        split.yes(),
        split.no(),
        split.abstain(),
        castAt,
        audit.getSequence(),
        audit.getHash(),
        replay);
  }

  /**
   * A replayed secret share's receipt: like a replayed secret ballot's, the share's own audit
   * reference and no counts.
   */
  static BallotReceipt secretShareReplay(SecretDelegateShare first) {
    return new BallotReceipt(
        null,
        first.getVoteId(),
        first.getParliamentId(),
        1,
        null,
        null,
        null,
        null,
        first.getAuditSequence(),
        first.getAuditHash(),
        true);
  }

  /** A replayed secret ballot's receipt: the counts resent, the first entry's audit reference. */
  static BallotReceipt secretReplay(long voteId, long parliamentId, SecretParticipation first) {
    return new BallotReceipt(
        null,
        voteId,
        parliamentId,
        1,
        null,
        null,
        null,
        null,
        first.getAuditSequence(),
        first.getAuditHash(),
        true);
  }
}
