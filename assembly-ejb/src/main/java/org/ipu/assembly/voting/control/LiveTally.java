package org.ipu.assembly.voting.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Electorate;
import org.ipu.assembly.voting.rules.QuorumRule;
import org.ipu.assembly.voting.rules.Tally;

/**
 * The running tally of an open named vote, kept in memory for the live frames: while ballots pour
 * in, a frame needs no database read. It starts from the vote as read from the database ({@link
 * #load}) and counts each ballot the feed reports after its commit ({@link #count}). Either may
 * come first, and a ballot may come twice (read and reported); each delegation's highest version
 * counts, so neither order nor repetition changes the result. A change to the vote itself {@link
 * #invalidate}s what was read: the next frame reads it again, and a read that began before the
 * change is not used.
 */
public final class LiveTally {

  /**
   * What the tally starts from, read in one transaction.
   *
   * @param vote the open vote without its board
   * @param quorum and {@code electorate}: what decides the majority required
   * @param voteAuditSequence the length of the vote's own audit chain (its delegations' chains
   *     aside)
   * @param ballots the ballots that count, one per delegation
   */
  public record Base(
      VoteSnapshot vote,
      QuorumRule quorum,
      Electorate electorate,
      int voteAuditSequence,
      List<CountedBallot> ballots) {}

  private final Map<Long, CountedBallot> latest = new ConcurrentHashMap<>();
  private long generation;
  private Base base;

  /** Counts a committed ballot, unless its delegation's count already holds a later version. */
  public void count(CountedBallot ballot) {
    latest.merge(
        ballot.parliamentId(),
        ballot,
        (held, added) -> held.version() >= added.version() ? held : added);
  }

  /** The vote itself changed: what was read no longer holds. */
  public synchronized void invalidate() {
    generation++;
    base = null;
  }

  /** To take before reading a {@link Base}, and to hand to {@link #load} with it. */
  public synchronized long generation() {
    return generation;
  }

  /**
   * Uses what was read, unless the vote changed since the reading began ({@code readFrom}); the
   * ballots read are counted in any case. Returns whether it was used.
   */
  public synchronized boolean load(Base read, long readFrom) {
    read.ballots().forEach(this::count);
    if (readFrom != generation) {
      return false;
    }
    base = read;
    return true;
  }

  /** The vote as the screens show it now, or empty until a {@link Base} is loaded. */
  public Optional<VoteSnapshot> snapshot() {
    Base read;
    synchronized (this) {
      read = base;
    }
    if (read == null) {
      return Optional.empty();
    }
    Collection<CountedBallot> counted = List.copyOf(latest.values());
    Tally tally = Tally.of(counted.stream().map(CountedBallot::split).toList());
    VoteSnapshot v = read.vote();
    Decision running = Decision.decide(tally, v.majorityRule(), read.quorum(), read.electorate());
    return Optional.of(
        new VoteSnapshot(
            v.voteId(),
            v.subject(),
            v.subjectTranslations(),
            v.method(),
            v.majorityRule(),
            v.state(),
            v.rollCallLetter(),
            v.openedAt(),
            v.closedAt(),
            v.annulReason(),
            v.replacesVoteId(),
            v.delegationsEligible(),
            tally.delegationsVoted(),
            v.usableVotes(),
            new VoteSnapshot.Totals(tally.yes(), tally.no(), tally.abstain()),
            running.required(),
            null,
            read.voteAuditSequence()
                + counted.stream().mapToInt(CountedBallot::auditSequence).sum(),
            null,
            v.closesAt(),
            v.emergency(),
            v.voided()));
  }
}
