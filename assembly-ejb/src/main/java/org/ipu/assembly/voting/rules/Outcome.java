package org.ipu.assembly.voting.rules;

/** Result of a vote. */
public enum Outcome {
  ADOPTED,
  REJECTED,
  /** Too few took part under the vote's {@link QuorumRule}; the majority was not considered. */
  NO_QUORUM
}
