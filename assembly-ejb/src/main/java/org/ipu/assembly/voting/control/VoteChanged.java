package org.ipu.assembly.voting.control;

/**
 * A vote changed: fired inside the transaction that changed it, delivered to screens only after
 * that transaction commits. {@code urgent} changes (opened, closed, annulled) go out at once;
 * ballots are coalesced.
 */
public record VoteChanged(long voteId, boolean urgent) {}
