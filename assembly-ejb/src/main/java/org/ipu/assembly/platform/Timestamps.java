package org.ipu.assembly.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time as the Assembly stores it: UTC, to the millisecond (the columns are {@code
 * DATETIME(3)}), read from the injected {@link Clock} so that tests can fix it.
 */
public final class Timestamps {

  private Timestamps() {}

  /** The clock's instant as a UTC local date-time, truncated to milliseconds. */
  public static LocalDateTime now(Clock clock) {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
