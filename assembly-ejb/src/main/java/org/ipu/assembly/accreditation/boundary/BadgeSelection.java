package org.ipu.assembly.accreditation.boundary;

/**
 * Which badges to print: one participant's, one parliament's delegation's, or (Secretariat) every
 * delegation's. Printing a badge again revokes the one printed before.
 *
 * @param participantId one participant (null: not one)
 * @param parliamentId one parliament's delegation (null: every delegation, Secretariat only)
 * @param unprintedOnly only those who have no valid badge yet (ignored for one participant)
 */
public record BadgeSelection(Long participantId, Long parliamentId, boolean unprintedOnly) {}
