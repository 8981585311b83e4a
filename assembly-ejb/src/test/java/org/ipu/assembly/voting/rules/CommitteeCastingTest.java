package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipu.assembly.voting.rules.CommitteeCasting.Seat;
import org.ipu.assembly.voting.rules.CommitteeCasting.Seated;
import org.junit.jupiter.api.Test;

class CommitteeCastingTest {

  private static final long MEMBER = 10;
  private static final long SUBSTITUTE = 20;
  private static final long HEAD = 30;

  private static List<Seated> seats(boolean memberPresent, boolean substitutePresent) {
    return List.of(
        new Seated(MEMBER, Seat.MEMBER, memberPresent),
        new Seated(SUBSTITUTE, Seat.SUBSTITUTE, substitutePresent));
  }

  @Test
  void theMemberPresentCastsTheMembersOneVote() {
    assertThat(CommitteeCasting.caster(seats(true, true))).contains(MEMBER);
    assertThat(CommitteeCasting.votes(seats(true, true))).isEqualTo(1);
    assertThat(CommitteeCasting.refusal(seats(true, true), MEMBER)).isEmpty();
  }

  @Test
  void theSubstituteVotesOnlyInTheMembersAbsence() {
    assertThat(CommitteeCasting.refusal(seats(true, true), SUBSTITUTE))
        .contains("ballot.committee-member-present");
    assertThat(CommitteeCasting.caster(seats(false, true))).contains(SUBSTITUTE);
    assertThat(CommitteeCasting.votes(seats(false, true))).isEqualTo(1);
    assertThat(CommitteeCasting.refusal(seats(false, true), SUBSTITUTE)).isEmpty();
  }

  @Test
  void neitherPresentLeavesTheMemberWithoutAVote() {
    assertThat(CommitteeCasting.caster(seats(false, false))).isEmpty();
    assertThat(CommitteeCasting.votes(seats(false, false))).isZero();
    assertThat(CommitteeCasting.votes(List.of())).isZero();
    assertThat(CommitteeCasting.refusal(seats(false, false), MEMBER))
        .contains("ballot.not-present");
  }

  @Test
  void aDelegateWithoutASeatNeverCastsEvenTheHead() {
    assertThat(CommitteeCasting.refusal(seats(true, true), HEAD))
        .contains("ballot.not-on-committee");
    assertThat(CommitteeCasting.refusal(seats(false, false), HEAD))
        .contains("ballot.not-on-committee");
  }

  @Test
  void ofTwoMembersPresentTheLowestAccountIsNamedAndBothMayCast() {
    List<Seated> two = List.of(new Seated(7, Seat.MEMBER, true), new Seated(5, Seat.MEMBER, true));
    assertThat(CommitteeCasting.caster(two)).contains(5L);
    assertThat(CommitteeCasting.refusal(two, 7)).isEmpty();
    assertThat(CommitteeCasting.votes(two)).isEqualTo(1);
  }
}
