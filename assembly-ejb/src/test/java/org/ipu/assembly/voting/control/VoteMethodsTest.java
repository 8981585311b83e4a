package org.ipu.assembly.voting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.QuorumRule;
import org.junit.jupiter.api.Test;

class VoteMethodsTest {

  private static final LocalDateTime T = LocalDateTime.of(2027, 4, 12, 10, 0);

  private final VoteMethods methods = new VoteMethods();
  private final Map<Long, Integer> reads = new HashMap<>();

  private LongFunction<Vote> database(Vote vote) {
    return id -> {
      reads.merge(id, 1, Integer::sum);
      return vote;
    };
  }

  private static Vote vote(VoteMethod method, boolean open) {
    Vote vote = new Vote(1, "Subject", method, MajorityRule.SIMPLE, QuorumRule.none(), T);
    if (open) {
      vote.open(T, null);
    }
    return vote;
  }

  @Test
  void readsAnOpenVotesMethodOnceForAllItsBallots() {
    LongFunction<Vote> db = database(vote(VoteMethod.SECRET, true));

    for (int ballot = 0; ballot < 1_000; ballot++) {
      assertThat(methods.of(7, db)).isEqualTo(VoteMethod.SECRET);
    }

    assertThat(reads).containsEntry(7L, 1);
  }

  @Test
  void forgetsAClosedVote() {
    LongFunction<Vote> db = database(vote(VoteMethod.ELECTRONIC, true));
    methods.of(7, db);

    methods.forget(7);

    assertThat(methods.size()).isZero();
    methods.of(7, db);
    assertThat(reads).containsEntry(7L, 2);
  }

  @Test
  void doesNotRememberAVoteThatIsNotOpen() {
    LongFunction<Vote> db = database(vote(VoteMethod.ELECTRONIC, false));

    assertThat(methods.of(7, db)).isEqualTo(VoteMethod.ELECTRONIC);

    assertThat(methods.size()).isZero();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    LongFunction<Vote> db = database(vote(VoteMethod.ELECTRONIC, true));

    for (long id = 0; id < 10L * VoteMethods.CAPACITY; id++) {
      methods.of(id, db);
      assertThat(methods.size()).isLessThanOrEqualTo(VoteMethods.CAPACITY);
    }
  }
}
