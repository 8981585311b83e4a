package org.ipu.assembly.amendments.boundary;

/**
 * A delegate of a parliament (its login account) and whether its focal point authorised it to table
 * and change the parliament's amendments.
 */
public record AuthorisedDelegate(
    long accountId, String username, String name, boolean authorised) {}
