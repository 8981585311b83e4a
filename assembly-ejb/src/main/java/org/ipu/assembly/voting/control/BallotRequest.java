package org.ipu.assembly.voting.control;

import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * A delegation's ballot as a tablet sends it: counts per option and an idempotency key that the
 * tablet keeps for every retry of the same ballot.
 */
public record BallotRequest(Integer yes, Integer no, Integer abstain, String idempotencyKey) {

  public static final int MAX_KEY_LENGTH = 100;

  /** The split, or a refusal naming the problem (missing or negative counts, bad key). */
  public BallotSplit split() {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
      throw AssemblyException.invalid("ballot.key.invalid", MAX_KEY_LENGTH);
    }
    int y = count(yes);
    int n = count(no);
    int a = count(abstain);
    return new BallotSplit(y, n, a);
  }

  private static int count(Integer value) {
    if (value == null || value < 0 || value > 1000) {
      throw AssemblyException.invalid("ballot.count.invalid");
    }
    return value;
  }
}
