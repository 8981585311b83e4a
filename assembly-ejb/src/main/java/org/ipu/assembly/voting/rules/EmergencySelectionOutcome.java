package org.ipu.assembly.voting.rules;

/** What the vote on emergency item requests leads to (Assembly Rule 11.2). */
public enum EmergencySelectionOutcome {
  /** Exactly one eligible request has the most yes votes: it is added to the agenda. */
  ADDED,
  /**
   * Two or more eligible requests share the most yes votes. The Rules do not settle this, so
   * nothing is added automatically: the presiding officer decides (for instance a merger under Rule
   * 11.2(c) or a new vote).
   */
  TIE,
  /** No request reached two-thirds of the votes cast on it: none is added. */
  NONE_ELIGIBLE
}
