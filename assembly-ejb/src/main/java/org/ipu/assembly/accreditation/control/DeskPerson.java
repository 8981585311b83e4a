package org.ipu.assembly.accreditation.control;

import org.ipu.assembly.registration.rules.ParticipantCategory;

/**
 * Who the desk checks in, as it shows them: name, delegation, category and whether a photo exists
 * (fetched apart).
 *
 * @param countryCode the delegation's country (null for a parliamentary body)
 * @param delegation the delegation's name in the desk's language
 */
public record DeskPerson(
    long id,
    String title,
    String givenNames,
    String familyName,
    String countryCode,
    String delegation,
    ParticipantCategory category,
    boolean head,
    boolean photo) {}
