package org.ipu.assembly.platform;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a number from a request as a whole number within bounds, or nothing: a fraction, an
 * exponent beyond the range or a value out of bounds is refused, never rounded or wrapped.
 */
public final class WholeNumber {

  private WholeNumber() {}

  public static Optional<Long> of(Number value, long min, long max) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      BigDecimal exact = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
      long whole = exact.longValueExact();
      return whole < min || whole > max ? Optional.empty() : Optional.of(whole);
    } catch (NumberFormatException | ArithmeticException notWhole) {
      return Optional.empty();
    }
  }
}
