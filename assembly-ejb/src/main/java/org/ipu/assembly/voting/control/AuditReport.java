package org.ipu.assembly.voting.control;

import java.util.List;

/**
 * The result of checking every vote's audit chain and recomputing every closed vote from its
 * ballots. {@code problems} is empty when all is in order.
 */
public record AuditReport(
    int votesChecked, int entriesChecked, int closedVotesRecomputed, List<Problem> problems) {

  /** One difference found: which vote, a stable code, and what was found. */
  public record Problem(long voteId, String code, String detail) {}
}
