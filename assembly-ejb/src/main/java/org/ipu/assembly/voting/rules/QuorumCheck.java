package org.ipu.assembly.voting.rules;

/**
 * Participation in a vote compared with its quorum.
 *
 * @param rule the quorum applied
 * @param takingPart weighted votes or delegations taking part, per the rule's basis (0 without a
 *     quorum)
 * @param required the least that meets the quorum (0 without a quorum)
 */
public record QuorumCheck(QuorumRule rule, int takingPart, int required) {

  public QuorumCheck {
    Checks.notNull(rule, "rule");
    Checks.notNegative(takingPart, "takingPart");
    Checks.notNegative(required, "required");
  }

  public boolean met() {
    return takingPart >= required;
  }
}
