package org.ipu.assembly.voting.control;

import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.WholeNumber;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.QuorumRule;

/**
 * What the Secretariat fills in to set up a vote. Quorum: none, or a fraction (numerator /
 * denominator) of the entitlements or of the delegations.
 */
public record NewVote(
    String subject,
    String method,
    String majority,
    String quorumBasis,
    Number quorumNumerator,
    Number quorumDenominator) {

  public VoteMethod voteMethod() {
    return parse(VoteMethod.class, method == null ? "ELECTRONIC" : method, "vote.method.invalid");
  }

  public MajorityRule majorityRule() {
    return parse(
        MajorityRule.class, majority == null ? "SIMPLE" : majority, "vote.majority.invalid");
  }

  public QuorumRule quorum() {
    QuorumRule.Basis basis =
        parse(
            QuorumRule.Basis.class,
            quorumBasis == null ? "NONE" : quorumBasis,
            "vote.quorum.invalid");
    try {
      return switch (basis) {
        case NONE -> QuorumRule.none();
        case ENTITLEMENTS ->
            QuorumRule.ofEntitlements(orZero(quorumNumerator), orZero(quorumDenominator));
        case DELEGATIONS ->
            QuorumRule.ofDelegations(orZero(quorumNumerator), orZero(quorumDenominator));
      };
    } catch (IllegalArgumentException e) {
      throw AssemblyException.invalid("vote.quorum.invalid");
    }
  }

  private static int orZero(Number value) {
    return value == null
        ? 0
        : WholeNumber.of(value, 0, 1_000_000)
            .orElseThrow(() -> AssemblyException.invalid("vote.quorum.invalid"))
            .intValue();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw AssemblyException.invalid(code, value);
    }
  }
}
