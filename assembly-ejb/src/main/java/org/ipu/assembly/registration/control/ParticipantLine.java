package org.ipu.assembly.registration.control;

import org.ipu.assembly.registration.entity.ParticipantDetails;

/**
 * One participant of a delegation as its focal points and the Secretariat see it.
 *
 * @param young a member of parliament under the young-parliamentarian age when the Assembly opens
 *     (derived from the date of birth and the setting)
 * @param account the user name of the person's login account, if they were invited (else null)
 * @param signsIn whether that account's owner has set a password (accepted the invitation)
 * @param photo whether the participant has a badge photo ({@code
 *     /api/registrations/participants/{id}/photo})
 */
public record ParticipantLine(
    long id,
    ParticipantDetails details,
    boolean young,
    String account,
    boolean signsIn,
    boolean photo) {}
