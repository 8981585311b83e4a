package org.ipu.assembly.voting.control;

import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.voting.entity.DelegateShare;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * Who in a delegation has cast what share of its votes in a named vote, and their sum (the
 * delegation's ballot when it votes delegate by delegate). Shown to the delegation's own delegates
 * only.
 *
 * @param shares each delegate's latest share, in the order they first cast
 */
public record DelegationShares(
    long parliamentId, List<Share> shares, int yes, int no, int abstain) {

  /** One delegate's latest share. */
  public record Share(
      long accountId, String castBy, int yes, int no, int abstain, LocalDateTime castAt) {}

  /** The delegation's shares as stored, each delegate's latest. */
  public static DelegationShares of(long parliamentId, List<DelegateShare> latest) {
    BallotSplit sum = BallotSplit.sum(latest.stream().map(DelegateShare::split).toList());
    return new DelegationShares(
        parliamentId,
        latest.stream().map(DelegationShares::share).toList(),
        sum.yes(),
        sum.no(),
        sum.abstain());
  }

  private static Share share(DelegateShare s) {
    BallotSplit split = s.split();
    return new Share(
        s.getAccountId(), s.getCastBy(), split.yes(), split.no(), split.abstain(), s.getCastAt());
  }
}
