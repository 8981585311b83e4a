package org.ipu.assembly.amendments.boundary;

import java.util.List;

/**
 * The presiding officer's voting order: every amendment's number once; empty: back to the proposed
 * order.
 */
public record VotingOrderInput(Long version, List<Integer> order) {}
