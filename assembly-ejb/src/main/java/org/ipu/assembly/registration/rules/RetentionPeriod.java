package org.ipu.assembly.registration.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How long the personal data of an Assembly's participants is kept: {@code keptFor} after the day
 * the Assembly closes (the closing day itself not counted), a setting of that Assembly. Then it is
 * due for deletion; anonymous statistics stay. The current Assembly's data is never due, whatever
 * its dates.
 *
 * @param keptFor a whole number of days, not negative
 */
public record RetentionPeriod(Duration keptFor) {

  public RetentionPeriod {
    Objects.requireNonNull(keptFor, "keptFor");
    if (keptFor.isNegative() || !keptFor.equals(Duration.ofDays(keptFor.toDays()))) {
      throw new IllegalArgumentException("a retention period is a whole number of days");
    }
  }

  /** The last day the personal data of an Assembly closing on {@code closesOn} is kept. */
  public LocalDate keptUntil(LocalDate closesOn) {
    return closesOn.plusDays(keptFor.toDays());
  }

  /**
   * Whether the personal data of an Assembly that closes on {@code closesOn} is due for deletion on
   * {@code today} (UTC): the day after {@link #keptUntil} and later, unless it is the current
   * Assembly.
   */
  public boolean isOver(LocalDate closesOn, boolean current, LocalDate today) {
    return !current && keptUntil(closesOn).isBefore(today);
  }
}
