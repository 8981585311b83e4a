package org.ipu.assembly.registration.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When focal points may register: from {@code opens} a delegation may be started and changed; from
 * {@code closes} only one already submitted may still be changed, until {@code changesUntil}. The
 * Secretariat is not bound by the window. Each limit is a number of days before the Assembly opens
 * (settings), counted from midnight UTC.
 */
public record RegistrationWindow(Instant opens, Instant closes, Instant changesUntil) {

  /** Where the window stands at a moment. */
  public enum Phase {
    NOT_OPEN,
    OPEN,
    LATE_CHANGES,
    CLOSED
  }

  public RegistrationWindow {
    if (closes.isBefore(opens) || changesUntil.isBefore(closes)) {
      throw new IllegalArgumentException("registration closes before it opens");
    }
  }

  /** The window of an Assembly opening on {@code assemblyOpens}; later limits never come first. */
  public static RegistrationWindow before(
      LocalDate assemblyOpens,
      Duration opensBefore,
      Duration closesBefore,
      Duration changesBefore) {
    Instant opening = assemblyOpens.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant opens = opening.minus(opensBefore);
    Instant closes = max(opens, opening.minus(closesBefore));
    return new RegistrationWindow(opens, closes, max(closes, opening.minus(changesBefore)));
  }

  public Phase phase(Instant now) {
    if (now.isBefore(opens)) {
      return Phase.NOT_OPEN;
    }
    if (now.isBefore(closes)) {
      return Phase.OPEN;
    }
    return now.isBefore(changesUntil) ? Phase.LATE_CHANGES : Phase.CLOSED;
  }

  /**
   * Whether a focal point may change a delegation now: while registration is open, and after it
   * closed, until the late-change deadline, one it had already submitted.
   */
  public boolean mayChange(Instant now, boolean submittedBefore) {
    Phase phase = phase(now);
    return phase == Phase.OPEN || (phase == Phase.LATE_CHANGES && submittedBefore);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
