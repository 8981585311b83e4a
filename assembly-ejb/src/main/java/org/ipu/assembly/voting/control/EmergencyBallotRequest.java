package org.ipu.assembly.voting.control;

import java.util.List;

/**
 * A delegation's ballot in an emergency item selection, as a tablet sends it: its split for each
 * request it votes on (a request left out is one it does not vote on) and one idempotency key for
 * the whole ballot, kept for every retry. The delegation's usable votes apply to each request
 * separately.
 *
 * @param requests one split per request, each request at most once
 * @param idempotencyKey letters, digits and {@code . _ : -}, at most {@value #MAX_KEY_LENGTH}
 *     characters (a UUID)
 */
public record EmergencyBallotRequest(List<RequestSplit> requests, String idempotencyKey) {

  /** A shorter key than a ballot's: each request's ballot gets this key and its letter. */
  public static final int MAX_KEY_LENGTH = BallotRequest.MAX_KEY_LENGTH - 2;

  /**
   * The delegation's split for one request.
   *
   * @param request its label ("A", or "B+C" for merged requests)
   */
  public record RequestSplit(String request, Number yes, Number no, Number abstain) {}
}
