package org.ipu.assembly.voting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Electorate;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.QuorumRule;
import org.junit.jupiter.api.Test;

class LiveTallyTest {

  private static final VoteSnapshot OPEN =
      new VoteSnapshot(
          7,
          "Draft resolution",
          java.util.Map.of(),
          VoteMethod.ELECTRONIC,
          MajorityRule.TWO_THIRDS,
          VoteState.OPEN,
          null,
          LocalDateTime.of(2026, 11, 25, 10, 0),
          null,
          null,
          null,
          3,
          0,
          40,
          new VoteSnapshot.Totals(0, 0, 0),
          0,
          null,
          2,
          null,
          null,
          null,
          null);

  private static LiveTally.Base base(CountedBallot... ballots) {
    return new LiveTally.Base(OPEN, QuorumRule.none(), new Electorate(3, 40), 2, List.of(ballots));
  }

  private static CountedBallot ballot(
      long parliament, int version, int yes, int no, int abstain, int audit) {
    return new CountedBallot(parliament, version, new BallotSplit(yes, no, abstain), audit);
  }

  @Test
  void showsNothingUntilItHasReadTheVote() {
    LiveTally tally = new LiveTally();
    tally.count(ballot(1, 1, 5, 0, 0, 1));
    assertThat(tally.snapshot()).isEmpty();
  }

  @Test
  void countsEachDelegationsLatestVersionOnceWhateverTheOrder() {
    List<CountedBallot> reported =
        new ArrayList<>(
            List.of(
                ballot(1, 1, 10, 0, 0, 1),
                ballot(1, 2, 4, 6, 0, 2),
                ballot(2, 1, 0, 12, 0, 1),
                ballot(3, 1, 1, 1, 1, 1),
                ballot(3, 2, 2, 2, 2, 2),
                ballot(3, 3, 9, 0, 0, 3)));
    List<CountedBallot> twice = new ArrayList<>(reported);
    twice.addAll(reported);
    Random random = new Random(3);
    for (int run = 0; run < 50; run++) {
      Collections.shuffle(twice, random);
      LiveTally tally = new LiveTally();
      int split = random.nextInt(twice.size());
      twice.subList(0, split).forEach(tally::count);
      // What the database held when it was read: here, the second version of delegation 1 only.
      assertThat(tally.load(base(ballot(1, 2, 4, 6, 0, 2)), tally.generation())).isTrue();
      twice.subList(split, twice.size()).forEach(tally::count);

      VoteSnapshot shown = tally.snapshot().orElseThrow();
      assertThat(shown.totals()).isEqualTo(new VoteSnapshot.Totals(4 + 0 + 9, 6 + 12 + 0, 0));
      assertThat(shown.delegationsVoted()).isEqualTo(3);
      assertThat(shown.auditSequence()).isEqualTo(2 + 2 + 1 + 3);
      // Two thirds of 31 votes cast.
      assertThat(shown.required()).isEqualTo(21);
      assertThat(shown.board()).isNull();
      assertThat(shown.state()).isEqualTo(VoteState.OPEN);
    }
  }

  @Test
  void aReadThatBeganBeforeTheVoteChangedIsNotUsedButItsBallotsCount() {
    LiveTally tally = new LiveTally();
    long readFrom = tally.generation();
    tally.invalidate();
    assertThat(tally.load(base(ballot(1, 1, 3, 0, 0, 1)), readFrom)).isFalse();
    assertThat(tally.snapshot()).isEmpty();

    assertThat(tally.load(base(), tally.generation())).isTrue();
    assertThat(tally.snapshot().orElseThrow().totals()).isEqualTo(new VoteSnapshot.Totals(3, 0, 0));
  }

  @Test
  void aChangeToTheVoteMakesItReadTheVoteAgain() {
    LiveTally tally = new LiveTally();
    tally.load(base(), tally.generation());
    tally.invalidate();
    assertThat(tally.snapshot()).isEmpty();
  }
}
