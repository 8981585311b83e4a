package org.ipu.assembly.voting.rules;

import java.util.Collection;

/**
 * Totals of one vote: weighted yes, no and abstain, and how many delegations took part.
 *
 * @param yes weighted yes votes
 * @param no weighted no votes
 * @param abstain weighted abstentions
 * @param delegationsVoted delegations that cast a ballot
 */
public record Tally(int yes, int no, int abstain, int delegationsVoted) {

  public Tally {
    Checks.notNegative(yes, "yes");
    Checks.notNegative(no, "no");
    Checks.notNegative(abstain, "abstain");
    Checks.notNegative(delegationsVoted, "delegationsVoted");
    long total = (long) yes + no + abstain;
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("yes + no + abstain exceeds " + Integer.MAX_VALUE);
    }
    if (total < delegationsVoted) {
      throw new IllegalArgumentException(
          "delegationsVoted "
              + delegationsVoted
              + " exceeds the votes "
              + total
              + ": every ballot holds at least one vote");
    }
    if (total > 0 && delegationsVoted == 0) {
      throw new IllegalArgumentException("votes " + total + " without any delegation having voted");
    }
  }

  /**
   * Counts ballots, one per delegation that voted (a ballot cast delegate by delegate is first
   * summed with {@link BallotSplit#sum}). The result does not depend on the order of the ballots.
   *
   * @throws IllegalArgumentException if a ballot is empty (see {@link BallotRefusal#EMPTY_BALLOT})
   */
  public static Tally of(Collection<BallotSplit> ballots) {
    BallotSplit sum = BallotSplit.EMPTY;
    int delegations = 0;
    for (BallotSplit ballot : Checks.noNulls(ballots, "ballots")) {
      if (ballot.isEmpty()) {
        throw new IllegalArgumentException("ballots must not contain an empty ballot");
      }
      sum = sum.plus(ballot);
      delegations++;
    }
    return new Tally(sum.yes(), sum.no(), sum.abstain(), delegations);
  }

  /** Votes cast: yes + no. Abstentions are not counted in the base of a majority. */
  public int cast() {
    return yes + no;
  }

  /** All votes, abstentions included: the votes that took part. */
  public int total() {
    return yes + no + abstain;
  }
}
