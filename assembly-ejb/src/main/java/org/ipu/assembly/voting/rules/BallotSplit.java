package org.ipu.assembly.voting.rules;

import java.io.Serializable;
import java.util.Collection;

/**
 * Weighted votes split among yes, no and abstain: a delegation's ballot, or one delegate's share of
 * it. Counts are never negative: a negative number is an input error for the form to catch before a
 * split is made.
 */
public record BallotSplit(int yes, int no, int abstain) implements Serializable {

  /** No votes at all. */
  public static final BallotSplit EMPTY = new BallotSplit(0, 0, 0);

  public BallotSplit {
    Checks.notNegative(yes, "yes");
    Checks.notNegative(no, "no");
    Checks.notNegative(abstain, "abstain");
    Checks.sum(Checks.sum(yes, no, "yes + no"), abstain, "yes + no + abstain");
  }

  /** Every vote in the split, abstentions included. */
  public int total() {
    return yes + no + abstain;
  }

  /** Votes cast in the sense of the Rules: yes + no; abstentions are not counted. */
  public int cast() {
    return yes + no;
  }

  public boolean isEmpty() {
    return total() == 0;
  }

  public BallotSplit plus(BallotSplit other) {
    Checks.notNull(other, "other");
    return new BallotSplit(
        Checks.sum(yes, other.yes, "yes"),
        Checks.sum(no, other.no, "no"),
        Checks.sum(abstain, other.abstain, "abstain"));
  }

  /** The sum of several splits, e.g. the delegate-by-delegate shares of one delegation's ballot. */
  public static BallotSplit sum(Collection<BallotSplit> splits) {
    BallotSplit sum = EMPTY;
    for (BallotSplit split : Checks.noNulls(splits, "splits")) {
      sum = sum.plus(split);
    }
    return sum;
  }
}
