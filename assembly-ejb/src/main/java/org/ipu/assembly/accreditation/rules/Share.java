package org.ipu.assembly.accreditation.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole as the statistics show it: a percentage with one decimal. */
public final class Share {

  private Share() {}

  /**
   * {@code part} of {@code whole} in percent, rounded half up to one decimal (1 of 3 is 33.3); null
   * when the whole is empty (no share to speak of).
   */
  public static Double percent(long part, long whole) {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException(part + " of " + whole);
    }
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
