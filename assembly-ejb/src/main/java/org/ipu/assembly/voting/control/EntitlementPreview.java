package org.ipu.assembly.voting.control;

import org.ipu.assembly.voting.rules.Entitlement;

/** A parliament's votes now, and with a change to its standing not saved yet. */
public record EntitlementPreview(Entitlement now, Entitlement after) {}
