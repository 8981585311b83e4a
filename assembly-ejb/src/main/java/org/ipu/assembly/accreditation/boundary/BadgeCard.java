package org.ipu.assembly.accreditation.boundary;

import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * What one printed badge shows: the person, the delegation, the category and the photo, and the new
 * token its QR code carries.
 *
 * @param photo the badge photo (JPEG), null if none was uploaded
 */
public record BadgeCard(
    long participantId,
    String title,
    String givenNames,
    String familyName,
    Parliament parliament,
    ParticipantCategory category,
    boolean head,
    byte[] photo,
    String token) {}
