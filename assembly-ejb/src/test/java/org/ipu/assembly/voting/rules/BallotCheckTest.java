package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotCheckTest {

  private final VoteAllocation allocation = new VoteAllocation(Statutes.voteAllocation());

  /** 17 votes (55 million), 3 delegates present: 17 usable. */
  private final Entitlement seventeen =
      allocation.entitlementOf(DelegationFacts.member(55_000_000, 3));

  @Test
  void splitCounts() {
    BallotSplit split = new BallotSplit(7, 5, 3);
    assertThat(split.total()).isEqualTo(15);
    assertThat(split.cast()).isEqualTo(12);
    assertThat(split.isEmpty()).isFalse();
    assertThat(BallotSplit.EMPTY.isEmpty()).isTrue();
    assertThat(BallotSplit.sum(List.of(split, new BallotSplit(1, 2, 3))))
        .isEqualTo(new BallotSplit(8, 7, 6));
  }

  @Test
  void splitRejectsNegativeAndOverflow() {
    assertThatThrownBy(() -> new BallotSplit(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yes must not be negative");
    assertThatThrownBy(() -> new BallotSplit(0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no must not be negative");
    assertThatThrownBy(() -> new BallotSplit(0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("abstain must not be negative");
    assertThatThrownBy(() -> new BallotSplit(Integer.MAX_VALUE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yes + no exceeds");
  }

  @Test
  void delegationBallotWithinUsableVotesIsAccepted() {
    BallotCheck full = BallotCheck.ofDelegationBallot(new BallotSplit(10, 5, 2), seventeen);
    assertThat(full.accepted()).isTrue();
    assertThat(full.refusal()).isEmpty();
    assertThat(full.votes()).isEqualTo(17);
    assertThat(full.limit()).isEqualTo(17);

    assertThat(BallotCheck.ofDelegationBallot(new BallotSplit(0, 0, 1), seventeen).accepted())
        .isTrue();
  }

  @Test
  void delegationBallotOverUsableVotesIsRefused() {
    BallotCheck check = BallotCheck.ofDelegationBallot(new BallotSplit(10, 5, 3), seventeen);
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_USABLE_VOTES);
    assertThat(check.votes()).isEqualTo(18);
    assertThat(check.limit()).isEqualTo(17);
    assertThat(check.delegate()).isZero();
  }

  @Test
  void presenceCapAppliesToTheDelegationBallot() {
    Entitlement oneDelegate = allocation.entitlementOf(DelegationFacts.member(70_000_000, 1));
    BallotCheck check = BallotCheck.ofDelegationBallot(new BallotSplit(11, 0, 0), oneDelegate);
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_USABLE_VOTES);
    assertThat(check.limit()).isEqualTo(10);
  }

  @Test
  void emptyBallotIsRefused() {
    BallotCheck check = BallotCheck.ofDelegationBallot(BallotSplit.EMPTY, seventeen);
    assertThat(check.refusal()).contains(BallotRefusal.EMPTY_BALLOT);
    assertThat(check.limit()).isEqualTo(17);
  }

  @Test
  void delegationWithoutUsableVotesIsRefused() {
    Entitlement observer =
        allocation.entitlementOf(
            new DelegationFacts(Standing.OBSERVER, false, false, 1_000_000, 2));
    assertThat(BallotCheck.ofDelegationBallot(new BallotSplit(1, 0, 0), observer).refusal())
        .contains(BallotRefusal.NO_USABLE_VOTES);
    assertThat(BallotCheck.ofDelegationBallot(BallotSplit.EMPTY, observer).refusal())
        .contains(BallotRefusal.NO_USABLE_VOTES);
    Entitlement nobodyPresent = allocation.entitlementOf(DelegationFacts.member(70_000_000, 0));
    assertThat(BallotCheck.ofDelegateBallots(List.of(), nobodyPresent).refusal())
        .contains(BallotRefusal.NO_USABLE_VOTES);
  }

  @Test
  void delegateBallotsWithinLimitsAreAccepted() {
    BallotCheck check =
        BallotCheck.ofDelegateBallots(
            List.of(new BallotSplit(10, 0, 0), new BallotSplit(0, 5, 0), new BallotSplit(0, 0, 2)),
            seventeen);
    assertThat(check.accepted()).isTrue();
    assertThat(check.votes()).isEqualTo(17);
  }

  @Test
  void aDelegateOverTheLimitIsRefused() {
    BallotCheck check =
        BallotCheck.ofDelegateBallots(
            List.of(new BallotSplit(5, 0, 0), new BallotSplit(6, 5, 0)), seventeen);
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_PER_DELEGATE_LIMIT);
    assertThat(check.delegate()).isEqualTo(2);
    assertThat(check.votes()).isEqualTo(11);
    assertThat(check.limit()).isEqualTo(10);
  }

  @Test
  void delegateBallotsOverUsableVotesAreRefused() {
    BallotCheck check =
        BallotCheck.ofDelegateBallots(
            List.of(new BallotSplit(10, 0, 0), new BallotSplit(0, 8, 0)), seventeen);
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_USABLE_VOTES);
    assertThat(check.votes()).isEqualTo(18);
    assertThat(check.limit()).isEqualTo(17);
  }

  @Test
  void moreDelegatesThanPresentAreRefused() {
    BallotCheck check =
        BallotCheck.ofDelegateBallots(
            List.of(
                new BallotSplit(1, 0, 0),
                new BallotSplit(1, 0, 0),
                new BallotSplit(1, 0, 0),
                new BallotSplit(1, 0, 0)),
            seventeen);
    assertThat(check.refusal()).contains(BallotRefusal.MORE_DELEGATES_THAN_PRESENT);
    assertThat(check.votes()).isEqualTo(4);
    assertThat(check.limit()).isEqualTo(3);
  }

  @Test
  void delegateBallotsAllEmptyAreRefused() {
    assertThat(
            BallotCheck.ofDelegateBallots(List.of(BallotSplit.EMPTY, BallotSplit.EMPTY), seventeen)
                .refusal())
        .contains(BallotRefusal.EMPTY_BALLOT);
    assertThat(
            BallotCheck.ofDelegateBallots(
                    List.of(BallotSplit.EMPTY, new BallotSplit(0, 1, 0)), seventeen)
                .accepted())
        .isTrue();
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> BallotCheck.ofDelegationBallot(null, seventeen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ballot must not be null");
    assertThatThrownBy(
            () ->
                BallotCheck.ofDelegateBallots(
                    java.util.Arrays.asList((BallotSplit) null), seventeen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delegateSplits must not contain null");
  }
}
