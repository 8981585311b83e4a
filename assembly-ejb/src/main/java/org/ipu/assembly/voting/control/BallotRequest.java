package org.ipu.assembly.voting.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.platform.Whole;
import org.ipu.assembly.platform.WholeNumber;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * A delegation's ballot as a tablet sends it: counts per option and an idempotency key that the
 * tablet keeps for every retry of the same ballot. Counts are {@link Number}s so that JSON binding
 * hands them over exactly and the rules, not the binding, decide what a count may be.
 */
public record BallotRequest(
    @NotNull(message = "ballot.count.invalid")
        @Whole(min = 0, max = BallotRequest.MAX_COUNT, message = "ballot.count.invalid")
        Number yes,
    @NotNull(message = "ballot.count.invalid")
        @Whole(min = 0, max = BallotRequest.MAX_COUNT, message = "ballot.count.invalid")
        Number no,
    @NotNull(message = "ballot.count.invalid")
        @Whole(min = 0, max = BallotRequest.MAX_COUNT, message = "ballot.count.invalid")
        Number abstain,
    @NotBlank(message = "ballot.key.invalid")
        @Size(min = 1, max = BallotRequest.MAX_KEY_LENGTH, message = "ballot.key.invalid")
        @Pattern(regexp = BallotRequest.KEY_ALPHABET, message = "ballot.key.invalid")
        String idempotencyKey) {

  public static final int MAX_COUNT = 1000;

  public static final int MAX_KEY_LENGTH = 100;

  /**
   * What a key is made of: ASCII letters, digits and {@code . _ : -} (a UUID, as tablets send), so
   * that it compares byte for byte everywhere and carries nothing else into receipts and the audit.
   */
  public static final String KEY_ALPHABET = "[A-Za-z0-9._:-]*";

  /**
   * The split, or a refusal ({@link org.ipu.assembly.platform.InvalidRequest}) naming the problems
   * (missing, negative or fractional counts, a missing or over-long key, or one with other
   * characters).
   */
  public BallotSplit split() {
    RequestCheck.check(this);
    return new BallotSplit(count(yes), count(no), count(abstain));
  }

  /** A count already checked: a whole number from 0 to {@value #MAX_COUNT}, read exactly. */
  private static int count(Number value) {
    return WholeNumber.of(value, 0, MAX_COUNT)
        .orElseThrow(() -> AssemblyException.invalid("ballot.count.invalid"))
        .intValue();
  }
}
