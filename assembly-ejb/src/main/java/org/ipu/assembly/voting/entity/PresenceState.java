package org.ipu.assembly.voting.entity;

/** A delegate's presence in the plenary. Only PRESENT counts towards usable votes. */
public enum PresenceState {
  /** Checked in on the tablet, waiting for the Secretariat to confirm. */
  REQUESTED,
  PRESENT,
  ABSENT
}
