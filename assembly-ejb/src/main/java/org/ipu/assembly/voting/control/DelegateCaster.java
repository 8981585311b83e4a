package org.ipu.assembly.voting.control;

/**
 * A delegate present in the plenary who may cast their share of their delegation's votes: their
 * account and their delegation's parliament.
 */
public record DelegateCaster(long accountId, long parliamentId) {}
