package org.ipu.assembly.voting.control;

import org.ipu.assembly.voting.rules.Outcome;

/**
 * A vote that decides something another component keeps ({@code decidesType}, {@code decidesId})
 * closed with this decision. Fired inside the transaction that closes the vote; the component
 * concerned observes it after that transaction commits and records the decision in its own: voting
 * knows nothing of what it decides.
 */
public record VoteClosed(
    long voteId,
    String decidesType,
    long decidesId,
    Outcome outcome,
    int yes,
    int no,
    int abstain) {

  public boolean adopted() {
    return outcome == Outcome.ADOPTED;
  }
}
