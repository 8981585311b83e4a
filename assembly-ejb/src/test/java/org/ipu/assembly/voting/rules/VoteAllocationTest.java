package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoteAllocationTest {

  private final VoteAllocation allocation = new VoteAllocation(Statutes.voteAllocation());

  private Entitlement member(long population) {
    return allocation.entitlementOf(DelegationFacts.member(population, 5));
  }

  @Test
  void bracketEdges() {
    assertThat(member(999_999).entitlement()).isEqualTo(10);
    assertThat(member(1_000_000).entitlement()).isEqualTo(11);
    assertThat(member(5_000_000).entitlement()).isEqualTo(12);
    assertThat(member(299_999_999).entitlement()).isEqualTo(22);
    assertThat(member(300_000_000).entitlement()).isEqualTo(23);
    assertThat(member(0).entitlement()).isEqualTo(10);
  }

  @Test
  void partsExplainTheEntitlement() {
    Entitlement e = member(125_000_000);
    assertThat(e.votingRight()).isEqualTo(VotingRight.VOTES);
    assertThat(e.minimumVotes()).isEqualTo(10);
    assertThat(e.populationBracket()).contains(PopulationBracket.fromMillions(100, 10));
    assertThat(e.populationBonus()).isEqualTo(10);
    assertThat(e.genderSanctionApplied()).isFalse();
    assertThat(e.votesRemovedBySanction()).isZero();
    assertThat(e.entitlement()).isEqualTo(20);
    assertThat(e.presenceLimit()).isEqualTo(50);
    assertThat(e.usableVotes()).isEqualTo(20);
    assertThat(e.cappedByPresence()).isFalse();
  }

  @Test
  void suspendedAssociateAndObserverHaveNoVote() {
    assertNoVote(
        new DelegationFacts(Standing.MEMBER, true, false, 50_000_000, 5), VotingRight.SUSPENDED);
    assertNoVote(
        new DelegationFacts(Standing.ASSOCIATE_MEMBER, false, false, 50_000_000, 5),
        VotingRight.ASSOCIATE_MEMBER);
    assertNoVote(
        new DelegationFacts(Standing.OBSERVER, true, true, 50_000_000, 2), VotingRight.OBSERVER);
  }

  private void assertNoVote(DelegationFacts facts, VotingRight expected) {
    Entitlement e = allocation.entitlementOf(facts);
    assertThat(e.votingRight()).isEqualTo(expected);
    assertThat(e.entitlement()).isZero();
    assertThat(e.usableVotes()).isZero();
    assertThat(e.minimumVotes()).isZero();
    assertThat(e.populationBracket()).isEmpty();
    assertThat(e.populationBonus()).isZero();
    assertThat(e.genderSanctionApplied()).isFalse();
    assertThat(e.cappedByPresence()).isFalse();
  }

  @Test
  void statusDecidesBeforeSuspension() {
    Entitlement e =
        allocation.entitlementOf(new DelegationFacts(Standing.ASSOCIATE_MEMBER, true, false, 0, 1));
    assertThat(e.votingRight()).isEqualTo(VotingRight.ASSOCIATE_MEMBER);
  }

  @Test
  void genderSanctionRemovesVotes() {
    Entitlement e =
        allocation.entitlementOf(new DelegationFacts(Standing.MEMBER, false, true, 7_000_000, 4));
    assertThat(e.genderSanctionApplied()).isTrue();
    assertThat(e.votesRemovedBySanction()).isEqualTo(2);
    assertThat(e.entitlement()).isEqualTo(10);
  }

  @Test
  void genderSanctionNeverGoesBelowZero() {
    VoteAllocation small =
        new VoteAllocation(
            new VoteAllocationSettings(1, List.of(PopulationBracket.fromMillions(0, 0)), 5, 10));
    Entitlement e = small.entitlementOf(new DelegationFacts(Standing.MEMBER, false, true, 10, 3));
    assertThat(e.votesRemovedBySanction()).isEqualTo(1);
    assertThat(e.entitlement()).isZero();
    assertThat(e.usableVotes()).isZero();
    assertThat(e.votingRight()).isEqualTo(VotingRight.VOTES);
  }

  @Test
  void presenceCapsUsableVotes() {
    Entitlement one = allocation.entitlementOf(DelegationFacts.member(1_400_000_000, 1));
    assertThat(one.entitlement()).isEqualTo(23);
    assertThat(one.usableVotes()).isEqualTo(10);
    assertThat(one.presenceLimit()).isEqualTo(10);
    assertThat(one.cappedByPresence()).isTrue();

    Entitlement two = allocation.entitlementOf(DelegationFacts.member(1_400_000_000, 2));
    assertThat(two.usableVotes()).isEqualTo(20);
    assertThat(two.cappedByPresence()).isTrue();

    Entitlement three = allocation.entitlementOf(DelegationFacts.member(1_400_000_000, 3));
    assertThat(three.usableVotes()).isEqualTo(23);
    assertThat(three.cappedByPresence()).isFalse();

    Entitlement none = allocation.entitlementOf(DelegationFacts.member(1_400_000_000, 0));
    assertThat(none.entitlement()).isEqualTo(23);
    assertThat(none.usableVotes()).isZero();
    assertThat(none.cappedByPresence()).isTrue();
  }

  @Test
  void settingsAreHonoured() {
    VoteAllocation old =
        new VoteAllocation(
            new VoteAllocationSettings(8, Statutes.voteAllocation().populationBrackets(), 3, 5));
    Entitlement e =
        old.entitlementOf(new DelegationFacts(Standing.MEMBER, false, true, 45_000_000, 2));
    assertThat(e.entitlement()).isEqualTo(8 + 6 - 3);
    assertThat(e.usableVotes()).isEqualTo(10);
    assertThat(e.maxVotesPerDelegate()).isEqualTo(5);
  }

  @Test
  void rejectsBadFacts() {
    assertThatThrownBy(() -> new DelegationFacts(null, false, false, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status must not be null");
    assertThatThrownBy(() -> DelegationFacts.member(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("population");
    assertThatThrownBy(() -> DelegationFacts.member(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delegatesPresent");
    assertThatThrownBy(() -> new VoteAllocation(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("settings");
    assertThatThrownBy(() -> allocation.entitlementOf(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delegation");
  }

  @Test
  void entitlementRejectsInconsistentParts() {
    Optional<PopulationBracket> bracket = Optional.of(PopulationBracket.fromMillions(5, 2));
    assertThatThrownBy(
            () -> new Entitlement(VotingRight.VOTES, 10, bracket, false, 0, 13, 2, 10, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum + bonus - sanction");
    assertThatThrownBy(
            () -> new Entitlement(VotingRight.VOTES, 10, bracket, false, 0, 12, 1, 10, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usableVotes");
    assertThatThrownBy(
            () -> new Entitlement(VotingRight.OBSERVER, 10, bracket, false, 0, 12, 2, 10, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a vote");
    assertThatThrownBy(
            () -> new Entitlement(VotingRight.VOTES, 10, bracket, false, 2, 10, 2, 10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without the gender sanction");
  }
}
