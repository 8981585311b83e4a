package org.ipu.assembly.voting.control;

/**
 * What the signed-in delegate's tablet shows for a vote, read from the server: whether they are
 * present and cast the delegation's ballot, its usable votes in the vote, why they may not cast (a
 * refusal's error code, the one a ballot would get), and the delegation's ballot as it counts now
 * with its receipt (after a reload or a restart, the tablet shows it again).
 *
 * @param parliamentId the delegate's parliament (null when no registration accredits them)
 * @param presence the delegate's presence now ({@code ABSENT}, {@code REQUESTED}, {@code PRESENT})
 * @param caster whether they head the delegation or were designated to cast its ballot
 * @param usableVotes the delegation's usable votes, frozen when the vote opened (null before, or
 *     when the delegation is not in the vote's electorate)
 * @param refusal why they may not cast, as an error code ({@code ballot.not-present}, {@code
 *     ballot.no-usable-votes}, {@code ballot.not-in-electorate}, {@code ballot.roll-call}, {@code
 *     presence.not-accredited}, {@code ballot.secret-whole-cast}: a delegate not casting for the
 *     delegation, whose whole secret ballot is cast); null when they may (in a secret vote, any
 *     delegate present may cast their own share)
 * @param ballot the receipt of the delegation's ballot that counts now, if it cast one (in a secret
 *     vote without counts: they are stored nowhere; none when it votes delegate by delegate)
 * @param committee whether it is a committee vote: one delegate casts the Member's one vote, no
 *     shares
 */
public record CastingStanding(
    long voteId,
    Long parliamentId,
    String presence,
    boolean caster,
    Integer usableVotes,
    String refusal,
    BallotReceipt ballot,
    boolean committee) {}
