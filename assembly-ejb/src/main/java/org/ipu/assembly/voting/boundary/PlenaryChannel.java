package org.ipu.assembly.voting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ipu.assembly.platform.push.ChannelChange;
import org.ipu.assembly.platform.push.ChannelOwner;
import org.ipu.assembly.voting.control.LiveTally;
import org.ipu.assembly.voting.control.VoteChanged;
import org.ipu.assembly.voting.control.VoteSnapshot;

/**
 * The plenary's live channel ({@code /ws/plenary}), public and read-only like the hall screen: a
 * named vote's board is open data, a secret vote shows totals only once closed. Its frames carry a
 * vote's totals, not the board of delegations: screens that show the board fetch it (at most once a
 * second) when a frame tells them the vote moved on. An open named vote's totals come from its
 * {@link LiveTally}, which counts the committed ballots in memory, so a burst of ballots costs the
 * frames no database read. A screen that joins receives the vote on the screens now.
 */
@ApplicationScoped
public class PlenaryChannel implements ChannelOwner {

  @Inject private PlenaryVoting voting;

  private final Map<Long, LiveTally> tallies = new ConcurrentHashMap<>();

  @Override
  public String channel() {
    return VoteChanged.CHANNEL;
  }

  @Override
  public void changed(ChannelChange change) {
    LiveTally tally = tallies.computeIfAbsent(change.subject(), id -> new LiveTally());
    if (change instanceof VoteChanged vote && vote.counted() != null) {
      tally.count(vote.counted());
    } else {
      tally.invalidate();
    }
  }

  @Override
  public Object frame(long voteId, long seq, long serverTime) {
    return new PlenaryFrame("vote", seq, serverTime, live(voteId));
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return voting.onScreen().map(vote -> frame(vote.getId(), seq, serverTime));
  }

  /**
   * The vote from its live tally while it is open and named, reading the database only when the
   * tally has nothing to start from; otherwise (a secret vote, a vote not open) from the database.
   */
  private VoteSnapshot live(long voteId) {
    LiveTally tally = tallies.get(voteId);
    if (tally != null) {
      Optional<VoteSnapshot> counted = tally.snapshot();
      if (counted.isPresent()) {
        return counted.get();
      }
      long readFrom = tally.generation();
      Optional<LiveTally.Base> base = voting.liveBase(voteId);
      if (base.isEmpty()) {
        tallies.remove(voteId, tally);
      } else if (tally.load(base.get(), readFrom)) {
        return tally.snapshot().orElseThrow();
      }
    }
    return voting.liveSnapshot(voteId);
  }
}
