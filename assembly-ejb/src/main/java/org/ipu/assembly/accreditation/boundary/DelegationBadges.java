package org.ipu.assembly.accreditation.boundary;

import org.ipu.assembly.roster.entity.Parliament;

/**
 * A delegation's badges at the current Assembly: its badge holders, how many have a valid badge,
 * how many arrived.
 */
public record DelegationBadges(Parliament parliament, int holders, int printed, int arrived) {}
