package org.ipu.assembly.voting.rules;

import java.util.Collection;
import java.util.List;

/** Argument checks shared by the constructors of this package. */
final class Checks {

  private Checks() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  static long notNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  static <T> List<T> noNulls(Collection<T> values, String name) {
    notNull(values, name);
    for (T value : values) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not contain null");
      }
    }
    return List.copyOf(values);
  }

  static int sum(int a, int b, String name) {
    long sum = (long) a + b;
    if (sum > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " exceeds " + Integer.MAX_VALUE);
    }
    return (int) sum;
  }
}
