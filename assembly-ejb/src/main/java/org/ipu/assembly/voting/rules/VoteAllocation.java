package org.ipu.assembly.voting.rules;

import java.util.Optional;

/**
 * Computes a delegation's {@link Entitlement} under an Assembly's {@link VoteAllocationSettings}.
 */
public final class VoteAllocation {

  private final VoteAllocationSettings settings;

  public VoteAllocation(VoteAllocationSettings settings) {
    this.settings = Checks.notNull(settings, "settings");
  }

  public VoteAllocationSettings settings() {
    return settings;
  }

  /**
   * Votes of one delegation. Status decides first: an Associate Member or an observer has no vote,
   * whatever its flags; then a suspended Member has no vote; otherwise minimum + bonus of the
   * population bracket, less the gender sanction (never below zero), capped by the delegates
   * present.
   */
  public Entitlement entitlementOf(DelegationFacts delegation) {
    Checks.notNull(delegation, "delegation");
    int perDelegate = settings.maxVotesPerDelegate();
    int present = delegation.delegatesPresent();
    VotingRight right = votingRight(delegation);
    if (right != VotingRight.VOTES) {
      return new Entitlement(right, 0, Optional.empty(), false, 0, 0, present, perDelegate, 0);
    }
    PopulationBracket bracket = settings.bracketFor(delegation.population());
    int gross = settings.minimumVotes() + bracket.bonus();
    int removed = delegation.genderSanction() ? Math.min(settings.genderSanctionVotes(), gross) : 0;
    int entitlement = gross - removed;
    int usable = (int) Math.min(entitlement, (long) perDelegate * present);
    return new Entitlement(
        right,
        settings.minimumVotes(),
        Optional.of(bracket),
        delegation.genderSanction(),
        removed,
        entitlement,
        present,
        perDelegate,
        usable);
  }

  private static VotingRight votingRight(DelegationFacts delegation) {
    return switch (delegation.status()) {
      case OBSERVER -> VotingRight.OBSERVER;
      case ASSOCIATE_MEMBER -> VotingRight.ASSOCIATE_MEMBER;
      case MEMBER -> delegation.suspended() ? VotingRight.SUSPENDED : VotingRight.VOTES;
    };
  }
}
