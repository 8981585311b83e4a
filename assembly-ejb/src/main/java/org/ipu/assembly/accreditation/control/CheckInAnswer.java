package org.ipu.assembly.accreditation.control;

import java.time.Instant;
import org.ipu.assembly.accreditation.rules.CheckInKind;

/**
 * What a desk shows after a scan.
 *
 * @param outcome what happened
 * @param person who, when known
 * @param at when the person was checked in (now, or the first time when already), null otherwise
 * @param revokedAt for a revoked badge, when a reprint replaced it
 * @param presenceRequested an entry to the plenary hall asked for the delegate's presence, which
 *     the Secretariat confirms on the console
 * @param zone the venue's time zone, to show times in
 */
public record CheckInAnswer(
    Outcome outcome,
    CheckInKind kind,
    DeskPerson person,
    Instant at,
    Instant revokedAt,
    boolean presenceRequested,
    String clientId,
    String zone) {

  public enum Outcome {
    /** Checked in now. */
    CHECKED_IN,
    /** Checked in earlier for this kind and day: nothing recorded again. */
    ALREADY,
    /** The badge was reprinted: this one checks nobody in. */
    REVOKED,
    /** No badge has this code. */
    UNKNOWN
  }
}
