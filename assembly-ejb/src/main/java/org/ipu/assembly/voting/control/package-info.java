/**
 * How the voting boundary does its work, one concern per class: {@link
 * org.ipu.assembly.voting.control.VoteLifecycle} (set up, open, close, annul), {@link
 * org.ipu.assembly.voting.control.Entitlements} (each parliament's votes now), {@link
 * org.ipu.assembly.voting.control.BallotBox} (named and secret ballots, replays, receipts), {@link
 * org.ipu.assembly.voting.control.VoteLocks} (the row locks and their order), {@link
 * org.ipu.assembly.voting.control.VoteAudit} and {@link
 * org.ipu.assembly.voting.control.VoteAuditEntries} (a vote's chains on the platform's audit
 * trail), {@link org.ipu.assembly.voting.control.VoteMethods} (each open vote's method, kept in
 * memory for the ballot path), {@link org.ipu.assembly.voting.control.VoteReadModel} and {@link
 * org.ipu.assembly.voting.control.VoteSnapshots} (what screens read), {@link
 * org.ipu.assembly.voting.control.LiveTally} (running totals without the database), {@link
 * org.ipu.assembly.voting.control.EmergencySelectionLifecycle}, {@link
 * org.ipu.assembly.voting.control.EmergencyBallots} and {@link
 * org.ipu.assembly.voting.control.EmergencySnapshots} (the selection of the emergency item: its
 * requests, each voted as a vote of its own, opened, timed and closed together; a ballot split per
 * request; what screens read); and the records they hand out: requests, receipts, snapshots, the
 * feed of changes.
 */
package org.ipu.assembly.voting.control;
