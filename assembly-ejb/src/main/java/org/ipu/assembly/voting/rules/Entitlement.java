package org.ipu.assembly.voting.rules;

import java.util.Optional;

/**
 * A delegation's votes at an Assembly and the parts they are made of, for the Secretariat to show
 * "entitlement and why".
 *
 * <p>{@code entitlement = minimumVotes + populationBonus() - votesRemovedBySanction} and {@code
 * usableVotes = min(entitlement, maxVotesPerDelegate x delegatesPresent)}. When {@link
 * #votingRight()} is not {@link VotingRight#VOTES} every part is zero and there is no bracket.
 *
 * @param votingRight whether the delegation votes, or why not
 * @param minimumVotes the minimum granted (0 without a vote)
 * @param populationBracket the bracket applied (empty without a vote)
 * @param genderSanctionApplied whether the gender sanction reduced the votes
 * @param votesRemovedBySanction votes actually removed: the sanction setting, but no more than
 *     minimum + bonus
 * @param entitlement votes the Member is entitled to
 * @param delegatesPresent delegates present and checked in
 * @param maxVotesPerDelegate most votes a single delegate may cast (setting)
 * @param usableVotes votes the delegation can cast now
 */
public record Entitlement(
    VotingRight votingRight,
    int minimumVotes,
    Optional<PopulationBracket> populationBracket,
    boolean genderSanctionApplied,
    int votesRemovedBySanction,
    int entitlement,
    int delegatesPresent,
    int maxVotesPerDelegate,
    int usableVotes) {

  public Entitlement {
    Checks.notNull(votingRight, "votingRight");
    Checks.notNull(populationBracket, "populationBracket");
    Checks.notNegative(minimumVotes, "minimumVotes");
    Checks.notNegative(votesRemovedBySanction, "votesRemovedBySanction");
    Checks.notNegative(entitlement, "entitlement");
    Checks.notNegative(delegatesPresent, "delegatesPresent");
    Checks.notNegative(usableVotes, "usableVotes");
    if (maxVotesPerDelegate <= 0) {
      throw new IllegalArgumentException(
          "maxVotesPerDelegate must be positive, was " + maxVotesPerDelegate);
    }
    if (votingRight != VotingRight.VOTES
        && (minimumVotes != 0
            || populationBracket.isPresent()
            || genderSanctionApplied
            || entitlement != 0)) {
      throw new IllegalArgumentException(
          "a delegation without a vote ("
              + votingRight
              + ") must have no minimum, bracket, sanction or entitlement");
    }
    if (votingRight == VotingRight.VOTES && populationBracket.isEmpty()) {
      throw new IllegalArgumentException("a voting Member must have a populationBracket");
    }
    if (!genderSanctionApplied && votesRemovedBySanction != 0) {
      throw new IllegalArgumentException(
          "votesRemovedBySanction must be 0 without the gender sanction, was "
              + votesRemovedBySanction);
    }
    long gross = (long) minimumVotes + populationBracket.map(PopulationBracket::bonus).orElse(0);
    if (votesRemovedBySanction > gross) {
      throw new IllegalArgumentException(
          "votesRemovedBySanction " + votesRemovedBySanction + " exceeds minimum + bonus " + gross);
    }
    if (entitlement != gross - votesRemovedBySanction) {
      throw new IllegalArgumentException(
          "entitlement "
              + entitlement
              + " is not minimum + bonus - sanction = "
              + (gross - votesRemovedBySanction));
    }
    long presenceLimit = (long) maxVotesPerDelegate * delegatesPresent;
    if (usableVotes != Math.min(entitlement, presenceLimit)) {
      throw new IllegalArgumentException(
          "usableVotes "
              + usableVotes
              + " is not min(entitlement, maxVotesPerDelegate x delegatesPresent) = "
              + Math.min(entitlement, presenceLimit));
    }
  }

  /** Bonus votes of the bracket applied; 0 without a vote. */
  public int populationBonus() {
    return populationBracket.map(PopulationBracket::bonus).orElse(0);
  }

  /** {@code maxVotesPerDelegate x delegatesPresent}, saturated at {@link Integer#MAX_VALUE}. */
  public int presenceLimit() {
    return (int) Math.min(Integer.MAX_VALUE, (long) maxVotesPerDelegate * delegatesPresent);
  }

  /** Whether too few delegates are present to cast the whole entitlement. */
  public boolean cappedByPresence() {
    return usableVotes < entitlement;
  }
}
