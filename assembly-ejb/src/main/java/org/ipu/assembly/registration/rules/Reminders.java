package org.ipu.assembly.registration.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which reminder is due for parliaments that have not submitted their delegation: the first from
 * {@code first} before registration closes, the second from {@code second} before; none once it
 * closed. When both are due (the first was never sent), only the second goes out.
 */
public record Reminders(Duration first, Duration second) {

  public Reminders {
    if (first.isNegative() || second.isNegative()) {
      throw new IllegalArgumentException("a reminder comes before the deadline");
    }
  }

  /** The reminder due at {@code now} (1 or 2), if any. */
  public Optional<Integer> due(Instant now, RegistrationWindow window) {
    Instant closes = window.closes();
    if (!now.isBefore(closes) || now.isBefore(window.opens())) {
      return Optional.empty();
    }
    Instant secondFrom = closes.minus(second);
    Instant firstFrom = closes.minus(first);
    boolean secondDue = !now.isBefore(secondFrom) && second.compareTo(first) < 0;
    if (secondDue) {
      return Optional.of(2);
    }
    return now.isBefore(firstFrom) ? Optional.empty() : Optional.of(1);
  }
}
