package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;

/**
 * The method of each open vote, read once: a ballot needs it to choose its lock before it takes
 * any, and a vote's method never changes, so the ballot path does not read it from the database
 * again. Only open votes are remembered; closing or annulling a vote forgets it, and the cache
 * never holds more than {@link #CAPACITY} votes (a plenary has one open vote at a time; a vote
 * remembered by a ballot racing its close is dropped when the cache fills).
 */
@ApplicationScoped
public class VoteMethods {

  static final int CAPACITY = 64;

  private final Map<Long, VoteMethod> open = new ConcurrentHashMap<>();

  /** The vote's method, from memory or else from {@code find} (which refuses unknown votes). */
  public VoteMethod of(long voteId, LongFunction<Vote> find) {
    VoteMethod known = open.get(voteId);
    if (known != null) {
      return known;
    }
    Vote vote = find.apply(voteId);
    if (vote.getState() == VoteState.OPEN) {
      if (open.size() >= CAPACITY) {
        open.clear();
      }
      open.put(voteId, vote.getMethod());
    }
    return vote.getMethod();
  }

  /** Forgets a vote that closed or was annulled. */
  public void forget(long voteId) {
    open.remove(voteId);
  }

  int size() {
    return open.size();
  }
}
