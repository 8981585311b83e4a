package org.ipu.assembly.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What a verification found so far: problems, and how many of each thing it recomputed. */
public final class AuditFindings {

  private final List<AuditReport.Problem> problems = new ArrayList<>();
  private final SortedMap<String, Integer> recomputed = new TreeMap<>();

  /** A difference found: about which subject, a stable code, and what was found. */
  public void problem(String subject, String code, String detail) {
    problems.add(new AuditReport.Problem(subject, code, detail));
  }

  public void problem(AuditSubject subject, String code, String detail) {
    problem(subject.key(), code, detail);
  }

  /** Counts one more thing of that name recomputed (e.g. {@code closedVotes}). */
  public void recomputed(String what) {
    recomputed.merge(what, 1, Integer::sum);
  }

  public List<AuditReport.Problem> problems() {
    return List.copyOf(problems);
  }

  AuditReport report(int subjects, int entries) {
    return new AuditReport(subjects, entries, new TreeMap<>(recomputed), problems());
  }
}
