package org.ipu.assembly.amendments.rules;

/**
 * What the committee decided on an amendment: adopted (as tabled, or as orally revised in the
 * meeting, the revised text recorded), rejected, withdrawn in the meeting, merged into another
 * amendment, or fallen because an adopted amendment made it impossible.
 */
public enum Decision {
  ADOPTED,
  ADOPTED_AS_REVISED,
  REJECTED,
  WITHDRAWN,
  MERGED,
  FELL;

  /** Whether the amendment changes the text as amended. */
  public boolean adopted() {
    return this == ADOPTED || this == ADOPTED_AS_REVISED;
  }

  /** Whether the decision names another amendment: the one merged into, or the one adopted. */
  public boolean namesAnother() {
    return this == MERGED || this == FELL;
  }
}
