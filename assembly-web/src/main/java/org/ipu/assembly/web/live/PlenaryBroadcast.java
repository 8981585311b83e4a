package org.ipu.assembly.web.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.core.TyrusSession;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.LiveTally;
import org.ipu.assembly.voting.control.VoteChanged;
import org.ipu.assembly.voting.control.VoteFeed;
import org.ipu.assembly.voting.control.VoteSnapshot;

/**
 * Sends committed vote changes to every screen. Opening, closing and annulling go out at once;
 * ballots mark the vote dirty and a tick every {@value #COALESCE_MILLIS} ms sends one frame per
 * dirty vote. Each frame is serialised once and the same text goes to every session (Tyrus's
 * broadcast, which encodes it once, where the sessions are Tyrus's; web.xml has it write to the
 * sockets from one thread per core, which a burst of ballots cannot crowd out as easily as one).
 * Not {@code getAsyncRemote().sendText} per session: in Tyrus 2.1 each such send also schedules an
 * idle-timeout task on the managed scheduler, which costs more than the write. Frames carry the
 * totals, not the board of delegations: screens that show the board fetch it (at most once a
 * second) when a frame tells them the vote moved on. An open named vote's totals come from its
 * {@link LiveTally}, which counts the committed ballots in memory, so a burst of ballots costs the
 * frames no database read.
 */
@ApplicationScoped
public class PlenaryBroadcast {

  static final long COALESCE_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(PlenaryBroadcast.class.getName());

  @Inject private VoteFeed feed;
  @Inject private PlenaryVoting voting;
  @Resource private ManagedScheduledExecutorService scheduler;

  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final Map<Long, LiveTally> tallies = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Jsonb jsonb = JsonbBuilder.create();
  private final Consumer<VoteChanged> subscriber = this::changed;
  private ScheduledFuture<?> ticker;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    feed.subscribe(subscriber);
    ticker =
        scheduler.scheduleAtFixedRate(
            this::flush, COALESCE_MILLIS, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    feed.unsubscribe(subscriber);
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  void join(Session session) {
    sessions.add(session);
    voting
        .onScreen()
        .ifPresent(
            vote -> {
              session.getAsyncRemote().sendText(frame(vote.getId(), sequence.get()));
            });
  }

  void leave(Session session) {
    sessions.remove(session);
  }

  private void changed(VoteChanged change) {
    LiveTally tally = tallies.computeIfAbsent(change.voteId(), id -> new LiveTally());
    if (change.counted() == null) {
      tally.invalidate();
    } else {
      tally.count(change.counted());
    }
    if (change.urgent()) {
      dirty.remove(change.voteId());
      scheduler.execute(() -> send(change.voteId()));
    } else {
      dirty.add(change.voteId());
    }
  }

  private void flush() {
    for (Long voteId : dirty) {
      if (dirty.remove(voteId)) {
        send(voteId);
      }
    }
  }

  private synchronized void send(long voteId) {
    try {
      String frame = frame(voteId, sequence.incrementAndGet());
      sessions.removeIf(session -> !session.isOpen());
      Session any = sessions.stream().findFirst().orElse(null);
      if (any instanceof TyrusSession tyrus) {
        tyrus.broadcast(frame);
      } else {
        sessions.forEach(session -> session.getAsyncRemote().sendText(frame));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not send vote " + voteId + " to the screens", e);
    }
  }

  /**
   * A newcomer's first frame repeats the last sequence number, so that the next broadcast is +1.
   */
  private String frame(long voteId, long seq) {
    return jsonb.toJson(new LiveMessage("vote", seq, System.currentTimeMillis(), live(voteId)));
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
