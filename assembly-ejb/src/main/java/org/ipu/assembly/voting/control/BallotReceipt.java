package org.ipu.assembly.voting.control;

import java.time.LocalDateTime;

/**
 * What a delegation gets back for an accepted ballot: enough to prove later that it was counted.
 * {@code ballotId} is the stored ballot version's id (null in a secret vote, where no ballot is
 * stored). {@code auditHash} chains the ballot to the previous entry of the vote's audit trail.
 * {@code replay} is true when the same request (same idempotency key) had already been accepted.
 * The counts are those counted; in the replay of a secret ballot they are absent (null): its counts
 * were never stored, so the server cannot confirm what the replay says.
 */
public record BallotReceipt(
    Long ballotId,
    long voteId,
    long parliamentId,
    int ballotVersion,
    Integer yes,
    Integer no,
    Integer abstain,
    LocalDateTime castAt,
    int auditSequence,
    String auditHash,
    boolean replay) {}
