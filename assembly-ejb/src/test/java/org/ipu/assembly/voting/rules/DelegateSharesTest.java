package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Shares cast delegate by delegate against the numbers frozen when the vote opened: usable votes,
 * delegates present, and the Assembly's limit of votes per delegate.
 */
class DelegateSharesTest {

  private static BallotCheck check(int usable, int present, BallotSplit... shares) {
    return BallotCheck.ofDelegateShares(List.of(shares), usable, present, 10);
  }

  @Test
  void sharesWithinTheLimitsAddUpToTheDelegationsBallot() {
    BallotCheck check = check(17, 3, new BallotSplit(6, 2, 0), new BallotSplit(0, 9, 0));
    assertThat(check.accepted()).isTrue();
    assertThat(check.votes()).isEqualTo(17);
    assertThat(check.limit()).isEqualTo(17);
  }

  @Test
  void aShareOverTenVotesIsRefusedNamingThatDelegate() {
    BallotCheck check = check(17, 3, new BallotSplit(6, 0, 0), new BallotSplit(8, 3, 0));
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_PER_DELEGATE_LIMIT);
    assertThat(check.votes()).isEqualTo(11);
    assertThat(check.limit()).isEqualTo(10);
    assertThat(check.delegate()).isEqualTo(2);
  }

  @Test
  void sharesOverTheUsableVotesAreRefusedWithTheSum() {
    BallotCheck check = check(17, 2, new BallotSplit(10, 0, 0), new BallotSplit(0, 8, 0));
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_USABLE_VOTES);
    assertThat(check.votes()).isEqualTo(18);
    assertThat(check.limit()).isEqualTo(17);
  }

  @Test
  void moreSharesThanDelegatesPresentAreRefused() {
    BallotCheck check = check(17, 1, new BallotSplit(1, 0, 0), new BallotSplit(1, 0, 0));
    assertThat(check.refusal()).contains(BallotRefusal.MORE_DELEGATES_THAN_PRESENT);
    assertThat(check.votes()).isEqualTo(2);
    assertThat(check.limit()).isEqualTo(1);
  }

  @Test
  void emptySharesAddUpToAnEmptyBallotWhichIsRefused() {
    assertThat(check(17, 2, BallotSplit.EMPTY).refusal()).contains(BallotRefusal.EMPTY_BALLOT);
    assertThat(check(0, 0).refusal()).contains(BallotRefusal.NO_USABLE_VOTES);
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> BallotCheck.ofDelegateShares(List.of(), 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Whatever the shares: accepted exactly when there are no more than the delegates present, none
   * is over the limit and their sum is not empty and within the usable votes; and then the
   * delegation's ballot (the sum) passes the one-ballot check too.
   */
  @Property
  void acceptedExactlyWithinEveryLimit(
      @ForAll @Size(max = 6) List<@IntRange(max = 12) Integer> yes,
      @ForAll @IntRange(max = 6) int present,
      @ForAll @IntRange(max = 60) int usable) {
    List<BallotSplit> shares = new ArrayList<>();
    for (int i = 0; i < yes.size(); i++) {
      shares.add(new BallotSplit(yes.get(i), i % 2, 0));
    }
    BallotSplit sum = BallotSplit.sum(shares);
    boolean expected =
        usable > 0
            && shares.size() <= present
            && shares.stream().allMatch(s -> s.total() <= 10)
            && sum.total() > 0
            && sum.total() <= usable;
    BallotCheck check = BallotCheck.ofDelegateShares(shares, usable, present, 10);
    assertThat(check.accepted()).isEqualTo(expected);
    if (expected) {
      assertThat(BallotCheck.ofUsableVotes(sum, usable).accepted()).isTrue();
      assertThat(check.votes()).isEqualTo(sum.total());
    }
  }
}
