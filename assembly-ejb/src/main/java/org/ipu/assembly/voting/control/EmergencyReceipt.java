package org.ipu.assembly.voting.control;

import java.util.List;

/**
 * What a delegation gets back for its ballot in an emergency item selection: the receipt of its
 * ballot in each request's vote (each with its own audit hash). {@code replay} is true when the
 * same ballot (same idempotency key) had already been counted.
 */
public record EmergencyReceipt(
    long selectionId, long parliamentId, List<RequestReceipt> requests, boolean replay) {

  /** The ballot counted in one request's vote. */
  public record RequestReceipt(String request, BallotReceipt receipt) {}
}
