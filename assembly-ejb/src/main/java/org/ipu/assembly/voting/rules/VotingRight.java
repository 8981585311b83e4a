package org.ipu.assembly.voting.rules;

/** Whether a delegation has votes at all, and if not, why. */
public enum VotingRight {
  /** A Member in good standing: its entitlement is minimum + bonus - sanction. */
  VOTES,
  /** A Member suspended for arrears (Statutes Art. 5): no vote. */
  SUSPENDED,
  /** An Associate Member: never votes. */
  ASSOCIATE_MEMBER,
  /** An observer: never votes. */
  OBSERVER
}
