package org.ipu.assembly.voting.control;

import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.voting.rules.Entitlement;

/** A parliament's votes at the current Assembly and why: its standing and the rules' breakdown. */
public record DelegationEntitlement(Membership membership, Entitlement entitlement) {}
