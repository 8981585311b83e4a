package org.ipu.assembly.platform.audit;

import java.util.List;
import java.util.SortedMap;

/**
 * The result of checking every chain of every subject, and what the components recomputed from it.
 * {@code problems} is empty when all is in order.
 */
public record AuditReport(
    int subjectsChecked,
    int entriesChecked,
    SortedMap<String, Integer> recomputed,
    List<Problem> problems) {

  /** One difference found: which subject (its key), a stable code, and what was found. */
  public record Problem(String subject, String code, String detail) {}
}
