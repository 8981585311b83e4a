package org.ipu.assembly.voting.control;

import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.voting.entity.DelegateShare;
import org.ipu.assembly.voting.entity.SecretDelegateShare;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * Who in a delegation has cast what share of its votes, and their sum (the delegation's ballot when
 * it votes delegate by delegate). Shown to the delegation's own delegates only. In a secret vote
 * ({@code secret} true) it says who took part and how many votes each used, never how: every {@code
 * yes}, {@code no} and {@code abstain} is null there (the splits were only ever added to the vote's
 * running totals).
 *
 * @param secret whether the vote is secret: no split is known, only the votes used
 * @param shares each delegate's latest share (named) or only share (secret), in the order they
 *     first cast
 * @param yes the sum of the shares' yes votes (null in a secret vote)
 * @param no the sum of the shares' no votes (null in a secret vote)
 * @param abstain the sum of the shares' abstentions (null in a secret vote)
 * @param votesUsed the votes the shares use together
 */
public record DelegationShares(
    long parliamentId,
    boolean secret,
    List<Share> shares,
    Integer yes,
    Integer no,
    Integer abstain,
    int votesUsed) {

  /**
   * One delegate's share.
   *
   * @param yes null in a secret vote
   * @param no null in a secret vote
   * @param abstain null in a secret vote
   * @param votesUsed the votes the share uses (yes + no + abstain)
   */
  public record Share(
      long accountId,
      String castBy,
      Integer yes,
      Integer no,
      Integer abstain,
      int votesUsed,
      LocalDateTime castAt) {}

  /** The delegation's shares in a named vote as stored, each delegate's latest. */
  public static DelegationShares of(long parliamentId, List<DelegateShare> latest) {
    BallotSplit sum = BallotSplit.sum(latest.stream().map(DelegateShare::split).toList());
    return new DelegationShares(
        parliamentId,
        false,
        latest.stream().map(DelegationShares::share).toList(),
        sum.yes(),
        sum.no(),
        sum.abstain(),
        sum.total());
  }

  /** The delegation's shares in a secret vote: who took part and the votes each used. */
  public static DelegationShares ofSecret(long parliamentId, List<SecretDelegateShare> cast) {
    return new DelegationShares(
        parliamentId,
        true,
        cast.stream()
            .map(
                s ->
                    new Share(
                        s.getAccountId(),
                        s.getCastBy(),
                        null,
                        null,
                        null,
                        s.getVotesUsed(),
                        s.getCastAt()))
            .toList(),
        null,
        null,
        null,
        cast.stream().mapToInt(SecretDelegateShare::getVotesUsed).sum());
  }

  private static Share share(DelegateShare s) {
    BallotSplit split = s.split();
    return new Share(
        s.getAccountId(),
        s.getCastBy(),
        split.yes(),
        split.no(),
        split.abstain(),
        split.total(),
        s.getCastAt());
  }
}
