package org.ipu.assembly.voting.control;

import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.WholeNumber;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * A delegation's ballot as a tablet sends it: counts per option and an idempotency key that the
 * tablet keeps for every retry of the same ballot. Counts are {@link Number}s so that JSON binding
 * hands them over exactly and the rules, not the binding, decide what a count may be.
 */
public record BallotRequest(Number yes, Number no, Number abstain, String idempotencyKey) {

  public static final int MAX_KEY_LENGTH = 100;

  /** The split, or a refusal naming the problem (missing or negative counts, bad key). */
  public BallotSplit split() {
    if (idempotencyKey == null
        || idempotencyKey.isBlank()
        || idempotencyKey.length() > MAX_KEY_LENGTH) {
      throw AssemblyException.invalid("ballot.key.invalid", MAX_KEY_LENGTH);
    }
    int y = count(yes);
    int n = count(no);
    int a = count(abstain);
    return new BallotSplit(y, n, a);
  }

  /**
   * A whole number from 0 to 1,000; JSON numbers arrive exact (12.5 or 1e309 are refused, not
   * rounded).
   */
  private static int count(Number value) {
    return WholeNumber.of(value, 0, 1000)
        .orElseThrow(() -> AssemblyException.invalid("ballot.count.invalid"))
        .intValue();
  }
}
