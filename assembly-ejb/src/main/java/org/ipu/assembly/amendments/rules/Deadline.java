package org.ipu.assembly.amendments.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The deadline for amendments to a draft, with the time zone in which it is announced. Before it,
 * Member Parliaments table and change their amendments and confirm co-sponsorships; from it on, the
 * server refuses all of that, and only the Secretariat may still enter an amendment, which is
 * marked late.
 */
public record Deadline(Instant closes, ZoneId zone) {

  /** What tabling (or changing) an amendment is at a moment. */
  public enum Tabling {
    OPEN,
    LATE,
    CLOSED
  }

  public Deadline {
    if (closes == null || zone == null) {
      throw new IllegalArgumentException("a deadline needs a moment and a time zone");
    }
  }

  public boolean open(Clock clock) {
    return clock.instant().isBefore(closes);
  }

  /** Tabling now by a Member Parliament, or by the Secretariat ({@code secretariat}). */
  public Tabling tabling(Clock clock, boolean secretariat) {
    if (open(clock)) {
      return Tabling.OPEN;
    }
    return secretariat ? Tabling.LATE : Tabling.CLOSED;
  }

  /** The deadline as announced: in its time zone. */
  public ZonedDateTime announced() {
    return closes.atZone(zone);
  }
}
