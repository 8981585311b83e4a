package org.ipu.assembly.testkit;

import java.util.UUID;

/** A delegation's split of its votes, with the idempotency key its every retry carries. */
public record Ballot(int yes, int no, int abstain, String idempotencyKey) {

  /** A ballot with a fresh key. */
  public static Ballot of(int yes, int no, int abstain) {
    return new Ballot(yes, no, abstain, UUID.randomUUID().toString());
  }

  /** The request body as the tablets send it. */
  public String json() {
    return "{\"yes\": %d, \"no\": %d, \"abstain\": %d, \"idempotencyKey\": \"%s\"}"
        .formatted(yes, no, abstain, idempotencyKey);
  }
}
