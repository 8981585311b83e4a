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
 * A delegate's share in a secret vote: checked against the votes the other delegates already used
 * (their splits are stored nowhere), the numbers frozen when the vote opened and the limit of votes
 * per delegate, with the same refusals as a named share.
 */
class SecretSharesTest {

  private static BallotCheck check(int usable, int present, List<Integer> used, BallotSplit share) {
    return BallotCheck.ofSecretShare(used, share, usable, present, 10);
  }

  @Test
  void aShareWithinTheLimitsIsAcceptedWithTheVotesUsedSoFar() {
    BallotCheck check = check(18, 3, List.of(6, 10), new BallotSplit(0, 1, 1));
    assertThat(check.accepted()).isTrue();
    assertThat(check.votes()).isEqualTo(18);
    assertThat(check.limit()).isEqualTo(18);
  }

  @Test
  void aShareOverTenVotesIsRefusedNamingTheCasterLast() {
    BallotCheck check = check(18, 3, List.of(6), new BallotSplit(8, 3, 0));
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_PER_DELEGATE_LIMIT);
    assertThat(check.votes()).isEqualTo(11);
    assertThat(check.limit()).isEqualTo(10);
    assertThat(check.delegate()).isEqualTo(2);
  }

  @Test
  void sharesOverTheUsableVotesAreRefusedWithTheSum() {
    BallotCheck check = check(18, 3, List.of(10, 7), new BallotSplit(0, 0, 2));
    assertThat(check.refusal()).contains(BallotRefusal.EXCEEDS_USABLE_VOTES);
    assertThat(check.votes()).isEqualTo(19);
    assertThat(check.limit()).isEqualTo(18);
  }

  @Test
  void moreSharesThanDelegatesPresentAreRefused() {
    BallotCheck check = check(18, 2, List.of(1, 1), new BallotSplit(1, 0, 0));
    assertThat(check.refusal()).contains(BallotRefusal.MORE_DELEGATES_THAN_PRESENT);
    assertThat(check.votes()).isEqualTo(3);
    assertThat(check.limit()).isEqualTo(2);
  }

  @Test
  void anEmptyShareIsRefusedBecauseItIsFinal() {
    assertThat(check(18, 3, List.of(), BallotSplit.EMPTY).refusal())
        .contains(BallotRefusal.EMPTY_BALLOT);
    assertThat(check(18, 3, List.of(5), BallotSplit.EMPTY).refusal())
        .contains(BallotRefusal.EMPTY_BALLOT);
    assertThat(check(0, 0, List.of(), new BallotSplit(1, 0, 0)).refusal())
        .contains(BallotRefusal.NO_USABLE_VOTES);
  }

  @Test
  void nonsenseInputIsRejected() {
    assertThatThrownBy(() -> check(18, 3, List.of(-1), new BallotSplit(1, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> BallotCheck.ofSecretShare(List.of(), new BallotSplit(1, 0, 0), 18, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check(18, 3, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Shares accepted one by one, each against those before it, never use more than the usable votes,
   * never more than the limit per delegate, and are no more than the delegates present; they agree
   * with the named check of the same shares.
   */
  @Property
  void acceptedSharesStayWithinEveryLimit(
      @ForAll @Size(max = 8) List<@IntRange(max = 14) Integer> wanted,
      @ForAll @IntRange(max = 60) int usable,
      @ForAll @IntRange(max = 6) int present) {
    List<Integer> accepted = new ArrayList<>();
    for (int votes : wanted) {
      BallotSplit share = new BallotSplit(votes, 0, 0);
      if (check(usable, present, accepted, share).accepted()) {
        accepted.add(votes);
      }
    }
    assertThat(accepted.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(usable);
    assertThat(accepted).allMatch(v -> v > 0 && v <= 10);
    assertThat(accepted.size()).isLessThanOrEqualTo(present);
    if (!accepted.isEmpty()) {
      List<BallotSplit> splits = accepted.stream().map(v -> new BallotSplit(v, 0, 0)).toList();
      assertThat(BallotCheck.ofDelegateShares(splits, usable, present, 10).accepted()).isTrue();
    }
  }
}
