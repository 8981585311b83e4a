package org.ipu.assembly.sideevents.entity;

/** Where a side event stands. */
public enum SideEventState {
  /** Requested, in the Secretariat's queue. */
  PENDING,
  /** The Secretariat proposed another room or time; the organisers may accept it. */
  PROPOSED,
  /** Approved: holds its room; on the programme. */
  APPROVED,
  /** Rejected, with the reason. */
  REJECTED,
  /** Withdrawn by its organisers. */
  WITHDRAWN;

  /** Whether its organisers may still change the request. */
  public boolean changeable() {
    return this == PENDING || this == PROPOSED;
  }
}
