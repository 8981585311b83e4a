package org.ipu.assembly.registration.rules;

import java.util.List;
import java.util.Objects;

/**
 * One result of the composition check: a stable code ({@code delegation.size-limit}, ...) with the
 * values the reader's message needs. A breach blocks submission; a warning does not.
 */
public record Finding(String code, boolean breach, List<Object> values) {

  public Finding {
    Objects.requireNonNull(code, "code");
    values = List.copyOf(values);
  }

  static Finding breach(String code, Object... values) {
    return new Finding(code, true, List.of(values));
  }

  static Finding warning(String code, Object... values) {
    return new Finding(code, false, List.of(values));
  }
}
