package org.ipu.assembly.voting.control;

import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.EnumName;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.platform.Whole;
import org.ipu.assembly.platform.WholeNumber;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.QuorumRule;

/**
 * What the Secretariat fills in to set up a vote: its subject in English and, optionally, in
 * French, Spanish and Arabic (each screen shows its reader's, else the English one). Quorum: none,
 * or a fraction (numerator / denominator) of the entitlements or of the delegations. {@link
 * #validate()} checks its constraints (each message is the stable code of the refusal); the subject
 * is the vote's own to check.
 */
public record NewVote(
    String subject,
    @EnumName(value = VoteMethod.class, message = "vote.method.invalid") String method,
    @EnumName(value = MajorityRule.class, message = "vote.majority.invalid") String majority,
    @EnumName(value = QuorumRule.Basis.class, message = "vote.quorum.invalid") String quorumBasis,
    @Whole(max = NewVote.MAX_QUORUM_TERM, message = "vote.quorum.invalid") Number quorumNumerator,
    @Whole(max = NewVote.MAX_QUORUM_TERM, message = "vote.quorum.invalid") Number quorumDenominator,
    String subjectFr,
    String subjectEs,
    String subjectAr) {

  public static final long MAX_QUORUM_TERM = 1_000_000;

  /** Throws {@link org.ipu.assembly.platform.InvalidRequest} naming every field's problem. */
  public NewVote validate() {
    return RequestCheck.check(this);
  }

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
        : WholeNumber.of(value, 0, MAX_QUORUM_TERM)
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
