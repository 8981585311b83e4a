package org.ipu.assembly.accreditation.rules;

import java.time.LocalDate;

/**
 * What a check-in records. Each is counted once per participant and day it counts for: arrival once
 * per Assembly (its day is the Assembly's opening day), the others once per day.
 */
public enum CheckInKind {
  /** Arrival at the Assembly: the participant collects the badge (accreditation). */
  ARRIVAL,
  /**
   * Entry to the plenary hall: asks for a delegate's plenary presence, which the Secretariat
   * confirms.
   */
  PLENARY,
  /** Attendance on one day of the Assembly. */
  DAY;

  /**
   * The day a check-in of this kind on {@code today} counts for, at an Assembly opening on {@code
   * opensOn}.
   */
  public LocalDate countsFor(LocalDate today, LocalDate opensOn) {
    return this == ARRIVAL ? opensOn : today;
  }
}
