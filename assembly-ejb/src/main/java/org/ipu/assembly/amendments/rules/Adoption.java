package org.ipu.assembly.amendments.rules;

/**
 * Where a resolution stands: the committee adopted its text ({@code COMMITTEE_TEXT}), then the
 * plenary adopted it ({@code ADOPTED}, by consensus or by a vote) or rejected it in a vote ({@code
 * REJECTED}). The plenary decides once; a vote's result is the record and is not changed.
 */
public enum Adoption {
  COMMITTEE_TEXT,
  ADOPTED,
  REJECTED;

  /** How the plenary decided. */
  public enum How {
    CONSENSUS,
    VOTE
  }

  /** Whether the plenary has still to decide. */
  public boolean awaitsPlenary() {
    return this == COMMITTEE_TEXT;
  }

  /** The state after the plenary decided {@code how}; adopted unless a vote rejected it. */
  public Adoption decide(How how, boolean adopted) {
    if (!awaitsPlenary()) {
      throw new IllegalStateException("the plenary has decided already: " + this);
    }
    if (how == How.CONSENSUS && !adopted) {
      throw new IllegalArgumentException("consensus adopts");
    }
    return adopted ? ADOPTED : REJECTED;
  }
}
