package org.ipu.assembly.accreditation.boundary;

import java.time.LocalDateTime;
import org.ipu.assembly.registration.rules.ParticipantCategory;

/**
 * A badge holder of a delegation, with when the valid badge was printed and when they arrived (UTC;
 * null: not yet).
 */
public record BadgeHolder(
    long participantId,
    String givenNames,
    String familyName,
    ParticipantCategory category,
    boolean head,
    LocalDateTime printedAt,
    LocalDateTime arrivedAt) {}
