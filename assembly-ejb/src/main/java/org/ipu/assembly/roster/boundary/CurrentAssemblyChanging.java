package org.ipu.assembly.roster.boundary;

/**
 * Fired (synchronously, before the change) when the Secretariat makes another Assembly current: a
 * component that cannot let go of the current one (a vote still open) refuses by throwing.
 *
 * @param currentId the Assembly current until now
 */
public record CurrentAssemblyChanging(long currentId, long nextId) {}
