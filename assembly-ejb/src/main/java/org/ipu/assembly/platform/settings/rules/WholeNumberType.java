package org.ipu.assembly.platform.settings.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole number within bounds; a fraction, text or a number out of bounds is refused ({@code
 * invalid}, with the bounds), never rounded.
 */
public record WholeNumberType(int min, int max) implements SettingType<Integer> {

  public WholeNumberType {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " above max " + max);
    }
  }

  @Override
  public List<String> problems() {
    return List.of("invalid");
  }

  @Override
  public String name() {
    return "whole-number";
  }

  @Override
  public Integer read(String key, Object given) {
    Integer value = whole(given, min, max);
    if (value == null) {
      throw new SettingRefused(key, "invalid", min, max);
    }
    return value;
  }

  @Override
  public void check(String key, Integer value) {
    if (value == null || value < min || value > max) {
      throw new SettingRefused(key, "invalid", min, max);
    }
  }

  @Override
  public Object shown(Integer value) {
    return value;
  }

  @Override
  public String encode(Integer value) {
    return Integer.toString(value);
  }

  @Override
  public Integer decode(String key, String stored) {
    return read(key, stored == null ? null : parse(stored.trim()));
  }

  /** A whole number from a JSON number (no fraction, no rounding) within bounds, or null. */
  static Integer whole(Object given, long min, long max) {
    Long value = wholeLong(given, min, max);
    return value == null ? null : value.intValue();
  }

  /** A whole number from a JSON number (no fraction, no rounding) within bounds, or null. */
  static Long wholeLong(Object given, long min, long max) {
    if (!(given instanceof Number number)) {
      return null;
    }
    try {
      BigDecimal exact = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
      long whole = exact.longValueExact();
      return whole < min || whole > max ? null : whole;
    } catch (NumberFormatException | ArithmeticException notWhole) {
      return null;
    }
  }

  private static Object parse(String stored) {
    try {
      return new BigDecimal(stored);
    } catch (NumberFormatException notANumber) {
      return stored;
    }
  }
}
