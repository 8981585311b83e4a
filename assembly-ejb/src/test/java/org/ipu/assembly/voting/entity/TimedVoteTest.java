package org.ipu.assembly.voting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.QuorumRule;
import org.ipu.assembly.voting.rules.Tally;
import org.junit.jupiter.api.Test;

class TimedVoteTest {

  private final Clock opening = Clock.fixed(Instant.parse("2027-04-13T10:00:00Z"), ZoneOffset.UTC);

  private LocalDateTime after(long seconds) {
    return LocalDateTime.ofInstant(
        Clock.offset(opening, Duration.ofSeconds(seconds)).instant(), ZoneOffset.UTC);
  }

  private Vote vote() {
    return new Vote(
        1,
        "Emergency item",
        VoteMethod.ELECTRONIC,
        MajorityRule.SIMPLE,
        QuorumRule.none(),
        after(0));
  }

  private static String code(Runnable action) {
    try {
      action.run();
      return null;
    } catch (AssemblyException refused) {
      return refused.getCode();
    }
  }

  @Test
  void aVoteOpenedWithADurationIsDueWhenItsTimeIsUp() {
    Vote vote = vote();
    vote.open(after(0), null, 120L);
    assertThat(vote.getClosesAt()).isEqualTo(after(120));
    assertThat(vote.isDue(after(119))).isFalse();
    assertThat(vote.isDue(after(120))).isTrue();
  }

  @Test
  void aVoteOpenedWithoutADurationIsNeverDue() {
    Vote vote = vote();
    vote.open(after(0), null);
    assertThat(vote.getClosesAt()).isNull();
    assertThat(vote.isDue(after(1_000_000))).isFalse();
    assertThat(code(() -> vote.extend(after(10), 60))).isEqualTo("vote.not-timed");
  }

  @Test
  void aClosedVoteIsNoLongerDue() {
    Vote vote = vote();
    vote.open(after(0), null, 60L);
    vote.close(after(30), Decision.decide(Tally.of(List.of()), MajorityRule.SIMPLE));
    assertThat(vote.isDue(after(60))).isFalse();
  }

  @Test
  void aDurationOutOfRangeIsRefusedAndTheVoteStaysADraft() {
    Vote vote = vote();
    assertThat(code(() -> vote.open(after(0), null, 2L))).isEqualTo("vote.duration.invalid");
    assertThat(vote.getState()).isEqualTo(VoteState.DRAFT);
    assertThat(vote.getClosesAt()).isNull();
  }

  @Test
  void extendingBeforeTheEndMovesTheCloseAndReturnsTheFormerOne() {
    Vote vote = vote();
    vote.open(after(0), null, 60L);
    assertThat(vote.extend(after(59), 30)).isEqualTo(after(60));
    assertThat(vote.getClosesAt()).isEqualTo(after(90));
    assertThat(vote.isDue(after(60))).isFalse();
    assertThat(code(() -> vote.extend(after(90), 30))).isEqualTo("vote.time-up");
    assertThat(code(() -> vote.extend(after(80), 3))).isEqualTo("vote.duration.invalid");
    assertThat(code(() -> vote.extend(after(80), 4 * 3600))).isEqualTo("vote.extension.too-long");
    assertThat(vote.getClosesAt()).isEqualTo(after(90));
  }

  @Test
  void refusalsAreConflictsOrInvalidInput() {
    Vote vote = vote();
    vote.open(after(0), null, 60L);
    assertThatThrownBy(() -> vote.extend(after(61), 30))
        .isInstanceOf(AssemblyException.class)
        .extracting(e -> ((AssemblyException) e).getKind())
        .isEqualTo(AssemblyException.Kind.CONFLICT);
  }
}
