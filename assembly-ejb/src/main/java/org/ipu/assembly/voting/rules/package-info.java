/**
 * Voting rules of the IPU Assembly, as pure functions over immutable values.
 *
 * <p>This package is responsible for:
 *
 * <ul>
 *   <li>the weighted votes of a Member Parliament ({@link
 *       org.ipu.assembly.voting.rules.VoteAllocation}): minimum plus population bonus, gender
 *       sanction, no vote for suspended Members, Associate Members and observers, and the cap of
 *       {@code maxVotesPerDelegate} votes per delegate present;
 *   <li>checking a delegation's ballot, cast as one split or delegate by delegate ({@link
 *       org.ipu.assembly.voting.rules.BallotCheck});
 *   <li>counting ballots and deciding under a majority rule and an optional quorum ({@link
 *       org.ipu.assembly.voting.rules.Tally}, {@link org.ipu.assembly.voting.rules.Decision});
 *   <li>selecting the emergency item under Assembly Rule 11.2 ({@link
 *       org.ipu.assembly.voting.rules.EmergencyItemSelection}).
 * </ul>
 *
 * <p>Every number the IPU may change is a per-Assembly setting ({@link
 * org.ipu.assembly.voting.rules.VoteAllocationSettings}, {@link
 * org.ipu.assembly.voting.rules.QuorumRule}); the Assembly's values and their defaults (the
 * Statutes and Rules) come from {@code platform.settings}. Results are structured data (numbers and
 * enums) for the user interface to render from its resource bundles; {@code toString()} is for logs
 * only.
 *
 * <p>It depends on {@code java.*} only; it knows nothing of persistence, users or the web. Invalid
 * arguments (nulls, negative counts, inconsistent values) raise {@link
 * java.lang.IllegalArgumentException} naming the problem; a ballot that a delegation may not cast
 * is not an exception but a {@link org.ipu.assembly.voting.rules.BallotRefusal}.
 */
package org.ipu.assembly.voting.rules;
