package org.ipu.assembly.voting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.ipu.assembly.platform.push.ChannelChange;
import org.ipu.assembly.platform.push.ChannelOwner;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.LiveTally;
import org.ipu.assembly.voting.control.VoteChanged;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.VoteState;

/**
 * The plenary's live channel ({@code /ws/plenary}), public and read-only like the hall screen: a
 * named vote's board is open data, a secret vote shows totals only once closed. Its frames carry a
 * vote's totals, not the board of delegations: screens that show the board fetch it (at most once a
 * second) when a frame tells them the vote moved on. An open named vote's totals come from its
 * {@link LiveTally}, which counts the committed ballots in memory, so a burst of ballots costs the
 * frames no database read. A frame of a request's vote in an emergency item selection carries the
 * whole selection, its other requests' tallies from their own live tallies. A screen that joins
 * receives the vote on the screens now.
 */
@ApplicationScoped
public class PlenaryChannel implements ChannelOwner {

  @Inject private PlenaryVoting voting;
  @Inject private EmergencySelections emergencies;

  private final Map<Long, LiveTally> tallies = new ConcurrentHashMap<>();

  /**
   * Each open emergency item selection as read once (its requests and their votes do not change
   * while it is open): its frames put in the running tallies of its votes.
   */
  private final Map<Long, EmergencySnapshot> openSelections = new ConcurrentHashMap<>();

  @Override
  public String channel() {
    return VoteChanged.CHANNEL;
  }

  /**
   * Counts the plenary's committed changes: what {@link #current} keeps is good while the count has
   * not moved since it was read.
   */
  private final AtomicLong changes = new AtomicLong();

  /** What the public reads of the vote on the screens, kept until the plenary changes. */
  private final AtomicReference<Current> current = new AtomicReference<>();

  /**
   * The vote on the screens as {@link #changes} last saw it: the Assembly, the vote, and (read when
   * first asked for) its snapshot with the board.
   */
  private record Current(
      long generation, PlenaryVoting.OnScreen onScreen, Optional<VoteSnapshot> snapshot) {}

  @Override
  public void changed(ChannelChange change) {
    // Every change to a vote (set up, opened, a ballot, closed, annulled, voided) may change what
    // the public reads: what was kept is dropped, at the cost of one count.
    changes.incrementAndGet();
    current.set(null);
    LiveTally tally = tallies.computeIfAbsent(change.subject(), id -> new LiveTally());
    if (change instanceof VoteChanged vote && vote.counted() != null) {
      tally.count(vote.counted());
    } else {
      tally.invalidate();
    }
  }

  @Override
  public Object frame(long voteId, long seq, long serverTime) {
    VoteSnapshot vote = live(voteId);
    return new PlenaryFrame(
        "vote",
        seq,
        serverTime,
        vote,
        vote.emergency() == null ? null : selection(vote.emergency().selectionId()));
  }

  /**
   * An emergency item selection with each request's vote as {@link #live} has it: while the
   * selection is open, from what was read when it opened and the votes' running tallies; once any
   * of its votes moved on (closed, annulled), read again from the database.
   */
  private EmergencySnapshot selection(long selectionId) {
    EmergencySnapshot layout = openSelections.get(selectionId);
    if (layout == null) {
      layout = emergencies.liveSnapshot(selectionId);
      if (layout.state() != VoteState.OPEN) {
        return layout;
      }
    }
    EmergencySnapshot live = layout.withVotes(this::live);
    if (live.requests().stream().allMatch(r -> r.vote().state() == VoteState.OPEN)) {
      openSelections.put(selectionId, layout);
      return live;
    }
    openSelections.remove(selectionId);
    return emergencies.liveSnapshot(selectionId);
  }

  @Override
  public Optional<Object> joining(long seq, long serverTime) {
    return onScreen().voteId().map(voteId -> frame(voteId, seq, serverTime));
  }

  /**
   * The vote on the hall screen now with its board, as anyone may read it: read once after each
   * change of the plenary (or of the current Assembly) and then answered from memory, so that
   * anonymous readers cost the database nothing between changes, and never more than the one vote's
   * rows, whatever the number of votes the Assembly has held.
   */
  public Optional<VoteSnapshot> current() {
    Current now = kept();
    if (now.snapshot() != null) {
      return now.snapshot();
    }
    Optional<VoteSnapshot> snapshot = now.onScreen().voteId().map(voting::publicSnapshot);
    keep(new Current(now.generation(), now.onScreen(), snapshot));
    return snapshot;
  }

  private PlenaryVoting.OnScreen onScreen() {
    return kept().onScreen();
  }

  /**
   * What is kept, if it is still good (nothing changed since, the same Assembly is current), else
   * the vote on the screens read again (its snapshot still to read: null).
   */
  private Current kept() {
    long generation = changes.get();
    Current kept = current.get();
    Optional<Long> session = voting.currentSessionId();
    if (kept != null
        && kept.generation() == generation
        && session.isPresent()
        && session.get() == kept.onScreen().sessionId()) {
      return kept;
    }
    Current read =
        new Current(
            generation,
            voting.onScreenNow().orElseGet(() -> new PlenaryVoting.OnScreen(-1, Optional.empty())),
            null);
    keep(read);
    return read;
  }

  /** Keeps what was read, unless the plenary changed meanwhile (a change drops it anyway). */
  private void keep(Current read) {
    if (changes.get() == read.generation()) {
      current.set(read);
    }
  }

  /**
   * The vote from its live tally while it is open and named, reading the database only when the
   * tally has nothing to start from (a vote not yet seen since the server started: the other
   * requests of an emergency item selection, say); otherwise (a secret vote, a vote not open) from
   * the database.
   */
  private VoteSnapshot live(long voteId) {
    LiveTally tally = tallies.computeIfAbsent(voteId, id -> new LiveTally());
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
    return voting.liveSnapshot(voteId);
  }
}
