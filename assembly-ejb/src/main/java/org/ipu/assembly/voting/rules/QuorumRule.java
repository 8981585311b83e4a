package org.ipu.assembly.voting.rules;

/**
 * A vote's quorum setting: the share of the {@link Electorate} that must take part, as an exact
 * fraction {@code numerator / denominator}. None by default (no IPU rule on quorum was found).
 *
 * <p>Taking part means casting a ballot; abstentions take part. With {@link Basis#ENTITLEMENTS} the
 * quorum is met when {@code tally.total() x denominator >= numerator x electorate.entitlements()};
 * with {@link Basis#DELEGATIONS} when {@code tally.delegationsVoted() x denominator >= numerator x
 * electorate.delegations()}.
 *
 * @param basis what is counted
 * @param numerator share numerator, 0 for {@link Basis#NONE}
 * @param denominator share denominator, positive, at least the numerator
 */
public record QuorumRule(Basis basis, int numerator, int denominator) {

  /** What a quorum counts. */
  public enum Basis {
    /** No quorum. */
    NONE,
    /** Weighted votes taking part, against the total entitlements. */
    ENTITLEMENTS,
    /** Delegations taking part, against the delegations with a vote. */
    DELEGATIONS
  }

  private static final QuorumRule NONE = new QuorumRule(Basis.NONE, 0, 1);

  public QuorumRule {
    Checks.notNull(basis, "basis");
    Checks.notNegative(numerator, "numerator");
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive, was " + denominator);
    }
    if (numerator > denominator) {
      throw new IllegalArgumentException(
          "quorum share must not exceed 1, was " + numerator + "/" + denominator);
    }
    if (basis == Basis.NONE && numerator != 0) {
      throw new IllegalArgumentException("numerator must be 0 without a quorum, was " + numerator);
    }
  }

  public static QuorumRule none() {
    return NONE;
  }

  /** A share of the total entitlements, e.g. {@code ofEntitlements(1, 2)} for half of them. */
  public static QuorumRule ofEntitlements(int numerator, int denominator) {
    return new QuorumRule(Basis.ENTITLEMENTS, numerator, denominator);
  }

  /** A share of the delegations with a vote. */
  public static QuorumRule ofDelegations(int numerator, int denominator) {
    return new QuorumRule(Basis.DELEGATIONS, numerator, denominator);
  }

  /** Compares participation in a vote with this quorum. */
  public QuorumCheck check(Tally tally, Electorate electorate) {
    Checks.notNull(tally, "tally");
    Checks.notNull(electorate, "electorate");
    return switch (basis) {
      case NONE -> new QuorumCheck(this, 0, 0);
      case ENTITLEMENTS ->
          new QuorumCheck(this, tally.total(), required(electorate.entitlements()));
      case DELEGATIONS ->
          new QuorumCheck(this, tally.delegationsVoted(), required(electorate.delegations()));
    };
  }

  /** {@code ceil(numerator x base / denominator)}. */
  private int required(int base) {
    long product = (long) numerator * base;
    return (int) ((product + denominator - 1) / denominator);
  }
}
