package org.ipu.assembly.voting.control;

import org.ipu.assembly.platform.push.ChannelChange;

/**
 * A vote changed: fired inside the transaction that changed it, delivered to screens only after
 * that transaction commits. {@code urgent} changes (created, opened, closed, annulled) go out at
 * once; ballots are coalesced. A named vote's ballot comes with what it {@code counted}, so that a
 * {@link LiveTally} can add it without reading the database; every other change has none. It goes
 * to the {@value #CHANNEL} channel, the vote being its subject.
 */
public record VoteChanged(long voteId, boolean urgent, CountedBallot counted)
    implements ChannelChange {

  /** The live feed of the plenary's votes. */
  public static final String CHANNEL = "plenary";

  /** The vote itself changed: created, opened, closed or annulled. */
  public static VoteChanged urgent(long voteId) {
    return new VoteChanged(voteId, true, null);
  }

  /** A delegation's ballot in a named vote. */
  public static VoteChanged ballot(long voteId, CountedBallot counted) {
    return new VoteChanged(voteId, false, counted);
  }

  /** A secret ballot: its counts go only to the vote's running totals, which screens read again. */
  public static VoteChanged secretBallot(long voteId) {
    return new VoteChanged(voteId, false, null);
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public long subject() {
    return voteId;
  }
}
