package org.ipu.assembly.voting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ipu.assembly.platform.push.ChannelChange;
import org.ipu.assembly.platform.push.PushFeed;
import org.ipu.assembly.voting.control.EmergencySelectionLifecycle;
import org.ipu.assembly.voting.control.VoteChanged;
import org.ipu.assembly.voting.control.VoteLifecycle;

/**
 * Closes timed votes when their time is up. The moment is stored with the vote ({@code
 * vote.closes_at}); this singleton keeps one timer per open timed vote, set when the vote opens or
 * is extended and set again from the stored moments whenever the server starts, so a restart loses
 * no deadline (a moment passed while the server was down closes the vote at once). A timer that
 * fires closes the vote under its row lock only if it is still open and its time is up ({@link
 * VoteLifecycle#closeIfDue}): a vote closes by itself exactly once, and a vote the Secretariat
 * closed early, extended or annulled is left as it is. A failed close is tried again a few seconds
 * later. The votes of an emergency item selection's requests each have their timer; the first that
 * fires closes the selection with all its votes.
 *
 * <p>In a deployment group every instance holds the timers of every timed vote: each follows the
 * plenary's committed changes, its own and the other instances' (through the Data Grid), and sets a
 * vote's timer again from the stored moment when the vote opens, is extended, closes or is
 * annulled. Whichever instance is alive closes the vote; the others find it closed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class VoteCountdowns {

  private static final Logger LOG = Logger.getLogger(VoteCountdowns.class.getName());

  /** How long to wait before trying again a close that failed (the database away, say). */
  static final long RETRY_MILLIS = 5_000;

  @Resource private TimerService timers;
  @Resource private SessionContext context;
  @Inject private VoteLifecycle lifecycle;
  @Inject private EmergencySelectionLifecycle emergencies;
  @Inject private PushFeed feed;
  @Resource private ManagedExecutorService executor;

  /** The plenary's committed changes: a vote opened, extended, closed or annulled is followed. */
  private final Consumer<ChannelChange> follower =
      change -> {
        if (change.urgent()) {
          long voteId = change.subject();
          executor.execute(() -> context.getBusinessObject(VoteCountdowns.class).follow(voteId));
        }
      };

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void reschedule() {
    lifecycle.timedOpenVotes().forEach(this::schedule);
    LOG.info(() -> "Timed votes rescheduled: " + timers.getTimers().size());
    feed.subscribe(VoteChanged.CHANNEL, follower);
  }

  @PreDestroy
  void stopFollowing() {
    feed.unsubscribe(VoteChanged.CHANNEL, follower);
  }

  /**
   * Sets the vote's timer from its stored moment if it is open and timed, else cancels it: after a
   * change committed here or on another instance of the group.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void follow(long voteId) {
    try {
      lifecycle
          .closesAt(voteId)
          .ifPresentOrElse(closesAt -> schedule(voteId, closesAt), () -> cancel(voteId));
    } catch (RuntimeException failed) {
      // The database away: the timer set when the vote opened, or at the next start, still holds.
      LOG.log(Level.FINE, "vote " + voteId + "'s countdown not followed", failed);
    }
  }

  /** Sets (or moves) the vote's close to the given moment (UTC, the server's time). */
  public void schedule(long voteId, LocalDateTime closesAt) {
    cancel(voteId);
    timers.createSingleActionTimer(
        Date.from(closesAt.toInstant(ZoneOffset.UTC)), new TimerConfig(voteId, false));
  }

  private void cancel(long voteId) {
    for (Timer timer : timers.getTimers()) {
      try {
        if (Long.valueOf(voteId).equals(timer.getInfo())) {
          timer.cancel();
        }
      } catch (NoSuchObjectLocalException | IllegalStateException gone) {
        // It expired (or is the one firing now): nothing left to cancel.
      }
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void due(Timer timer) {
    long voteId = (Long) timer.getInfo();
    try {
      context
          .getBusinessObject(VoteCountdowns.class)
          .closeIfDue(voteId)
          .ifPresent(later -> schedule(voteId, later));
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "Timed vote {0} not closed, trying again: {1}",
          new Object[] {voteId, failed.toString()});
      timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(voteId, false));
    }
  }

  /**
   * Closes the vote if it is open and its time is up, in a transaction of its own; returns when it
   * closes if that is still to come. A request's vote in an emergency item selection closes with
   * the whole selection (whichever of its votes' timers fires first; the others find it closed).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<LocalDateTime> closeIfDue(long voteId) {
    return lifecycle
        .selectionOf(voteId)
        .map(emergencies::closeIfDue)
        .orElseGet(() -> lifecycle.closeIfDue(voteId));
  }
}
