package org.ipu.assembly.voting.rules;

/**
 * Why a delegation's ballot cannot be recorded. See {@link BallotCheck} for the numbers reported
 * with each.
 */
public enum BallotRefusal {
  /** The delegation has no usable votes: no voting right, or no delegate present. */
  NO_USABLE_VOTES,
  /**
   * The ballot holds no vote at all (0 yes, 0 no, 0 abstain). A delegation that does not vote casts
   * no ballot; recording an empty one would count it as taking part (for a quorum) without a single
   * vote.
   */
  EMPTY_BALLOT,
  /** More votes than the delegation's usable votes. */
  EXCEEDS_USABLE_VOTES,
  /** Cast delegate by delegate: one delegate casts more than the per-delegate limit. */
  EXCEEDS_PER_DELEGATE_LIMIT,
  /**
   * Cast delegate by delegate: more delegates' shares than delegates present (there are no
   * proxies).
   */
  MORE_DELEGATES_THAN_PRESENT
}
