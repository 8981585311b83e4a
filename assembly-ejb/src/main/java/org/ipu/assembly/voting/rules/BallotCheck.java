package org.ipu.assembly.voting.rules;

import java.util.List;
import java.util.Optional;

/**
 * Result of checking a delegation's ballot against its {@link Entitlement}: accepted, or refused
 * with a reason and the numbers involved.
 *
 * <table>
 *   <caption>Meaning of the numbers</caption>
 *   <tr><th>result</th><th>votes</th><th>limit</th><th>delegate</th></tr>
 *   <tr><td>accepted</td><td>ballot total</td><td>usable votes</td><td>0</td></tr>
 *   <tr><td>NO_USABLE_VOTES</td><td>ballot total</td><td>0</td><td>0</td></tr>
 *   <tr><td>EMPTY_BALLOT</td><td>0</td><td>usable votes</td><td>0</td></tr>
 *   <tr><td>EXCEEDS_USABLE_VOTES</td><td>ballot total</td><td>usable votes</td><td>0</td></tr>
 *   <tr><td>EXCEEDS_PER_DELEGATE_LIMIT</td><td>that delegate's total</td><td>max votes per delegate</td>
 *       <td>position of the first such delegate, from 1</td></tr>
 *   <tr><td>MORE_DELEGATES_THAN_PRESENT</td><td>number of delegates' shares</td><td>delegates present</td>
 *       <td>0</td></tr>
 * </table>
 *
 * <p>A delegation need not cast all its votes: a total below the usable votes is accepted.
 *
 * @param refusal why the ballot is refused; empty when accepted
 * @param votes see the table
 * @param limit see the table
 * @param delegate see the table
 */
public record BallotCheck(Optional<BallotRefusal> refusal, int votes, int limit, int delegate) {

  public BallotCheck {
    Checks.notNull(refusal, "refusal");
    Checks.notNegative(votes, "votes");
    Checks.notNegative(limit, "limit");
    Checks.notNegative(delegate, "delegate");
  }

  public boolean accepted() {
    return refusal.isEmpty();
  }

  /**
   * One ballot for the whole delegation, cast by the head of delegation or a designated delegate.
   */
  public static BallotCheck ofDelegationBallot(BallotSplit ballot, Entitlement entitlement) {
    Checks.notNull(ballot, "ballot");
    Checks.notNull(entitlement, "entitlement");
    return checkTotal(ballot.total(), entitlement.usableVotes());
  }

  /**
   * A ballot cast delegate by delegate: one split per delegate who votes. Each delegate's total
   * must be within {@link Entitlement#maxVotesPerDelegate()}, there may be no more shares than
   * delegates present, and the sum must be within the usable votes. A delegate's own share may be
   * empty, the sum may not.
   */
  /** Checks a delegation's ballot against the usable votes frozen when the vote opened. */
  public static BallotCheck ofUsableVotes(BallotSplit ballot, int usableVotes) {
    Checks.notNull(ballot, "ballot");
    Checks.notNegative(usableVotes, "usableVotes");
    return checkTotal(ballot.total(), usableVotes);
  }

  public static BallotCheck ofDelegateBallots(
      List<BallotSplit> delegateSplits, Entitlement entitlement) {
    Checks.notNull(entitlement, "entitlement");
    return ofDelegateShares(
        delegateSplits,
        entitlement.usableVotes(),
        entitlement.delegatesPresent(),
        entitlement.maxVotesPerDelegate());
  }

  /**
   * The same check against the numbers frozen when the vote opened (usable votes, delegates
   * present) and the Assembly's limit of votes per delegate: what a vote checks when each delegate
   * present casts their share from their own tablet.
   */
  public static BallotCheck ofDelegateShares(
      List<BallotSplit> delegateSplits,
      int usableVotes,
      int delegatesPresent,
      int maxVotesPerDelegate) {
    List<BallotSplit> splits = Checks.noNulls(delegateSplits, "delegateSplits");
    Checks.notNegative(usableVotes, "usableVotes");
    Checks.notNegative(delegatesPresent, "delegatesPresent");
    if (maxVotesPerDelegate <= 0) {
      throw new IllegalArgumentException(
          "maxVotesPerDelegate must be positive, was " + maxVotesPerDelegate);
    }
    BallotSplit sum = BallotSplit.sum(splits);
    if (usableVotes == 0) {
      return refused(BallotRefusal.NO_USABLE_VOTES, sum.total(), 0, 0);
    }
    if (splits.size() > delegatesPresent) {
      return refused(BallotRefusal.MORE_DELEGATES_THAN_PRESENT, splits.size(), delegatesPresent, 0);
    }
    for (int i = 0; i < splits.size(); i++) {
      int total = splits.get(i).total();
      if (total > maxVotesPerDelegate) {
        return refused(BallotRefusal.EXCEEDS_PER_DELEGATE_LIMIT, total, maxVotesPerDelegate, i + 1);
      }
    }
    return checkTotal(sum.total(), usableVotes);
  }

  /**
   * One delegate's share in a secret vote, checked against the votes the delegation's other
   * delegates already used (a secret share is final and its split stored nowhere: only how many
   * votes each used is known), the numbers frozen when the vote opened and the Assembly's limit of
   * votes per delegate. The same refusals and numbers as {@link #ofDelegateShares}, the caster's
   * share counted last; unlike there, an empty share is refused ({@link
   * BallotRefusal#EMPTY_BALLOT}): it would be final and record the delegate as taking part without
   * a vote.
   *
   * @param votesUsedByOthers the votes each other delegate of the delegation used, in the order
   *     they cast
   */
  public static BallotCheck ofSecretShare(
      List<Integer> votesUsedByOthers,
      BallotSplit share,
      int usableVotes,
      int delegatesPresent,
      int maxVotesPerDelegate) {
    List<Integer> others = Checks.noNulls(votesUsedByOthers, "votesUsedByOthers");
    Checks.notNull(share, "share");
    others.forEach(used -> Checks.notNegative(used, "votesUsedByOthers"));
    Checks.notNegative(usableVotes, "usableVotes");
    Checks.notNegative(delegatesPresent, "delegatesPresent");
    if (maxVotesPerDelegate <= 0) {
      throw new IllegalArgumentException(
          "maxVotesPerDelegate must be positive, was " + maxVotesPerDelegate);
    }
    int used = 0;
    for (int u : others) {
      used = Checks.sum(used, u, "votesUsedByOthers");
    }
    int total = Checks.sum(used, share.total(), "votes used");
    if (usableVotes == 0) {
      return refused(BallotRefusal.NO_USABLE_VOTES, total, 0, 0);
    }
    int delegates = others.size() + 1;
    if (delegates > delegatesPresent) {
      return refused(BallotRefusal.MORE_DELEGATES_THAN_PRESENT, delegates, delegatesPresent, 0);
    }
    if (share.total() > maxVotesPerDelegate) {
      return refused(
          BallotRefusal.EXCEEDS_PER_DELEGATE_LIMIT, share.total(), maxVotesPerDelegate, delegates);
    }
    if (share.isEmpty()) {
      return refused(BallotRefusal.EMPTY_BALLOT, 0, usableVotes, 0);
    }
    return checkTotal(total, usableVotes);
  }

  private static BallotCheck checkTotal(int total, int usable) {
    if (usable == 0) {
      return refused(BallotRefusal.NO_USABLE_VOTES, total, 0, 0);
    }
    if (total == 0) {
      return refused(BallotRefusal.EMPTY_BALLOT, 0, usable, 0);
    }
    if (total > usable) {
      return refused(BallotRefusal.EXCEEDS_USABLE_VOTES, total, usable, 0);
    }
    return new BallotCheck(Optional.empty(), total, usable, 0);
  }

  private static BallotCheck refused(BallotRefusal refusal, int votes, int limit, int delegate) {
    return new BallotCheck(Optional.of(refusal), votes, limit, delegate);
  }
}
