package org.ipu.assembly.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the whole audit trail: every chain of every subject ({@link ChainVerifier}) against the
 * heads the trail keeps and those each component's {@link AuditCheck} reports, then each
 * component's own checks. Reports, and never throws whatever it reads.
 */
@Stateless
public class AuditVerification {

  /** The role that may check the whole trail (the Secretariat's). */
  public static final String AUDITOR = "SECRETARIAT";

  @PersistenceContext private EntityManager em;
  @Inject @Any private Instance<AuditCheck> checks;

  @RolesAllowed(AUDITOR)
  public AuditReport verify() {
    AuditFindings findings = new AuditFindings();
    List<AuditRecord> records = List.of();
    Map<String, List<AuditHead>> heads = new HashMap<>();
    try {
      records =
          em.createNamedQuery(AuditRecord.ALL, AuditRecord.class)
              .setHint("eclipselink.read-only", "true")
              .getResultList();
      for (Object[] row :
          em.createQuery(
                  "SELECT h.subject, h.sequence, h.head FROM AuditChainHead h", Object[].class)
              .getResultList()) {
        heads
            .computeIfAbsent((String) row[0], k -> new ArrayList<>())
            .add(AuditHead.of((Integer) row[1], (String) row[2]));
      }
    } catch (RuntimeException unreadable) {
      findings.problem("*", "audit.unreadable", "the trail could not be read: " + unreadable);
    }
    List<AuditCheck> components = new ArrayList<>();
    checks.forEach(components::add);
    for (AuditCheck check : components) {
      try {
        check
            .recordedHeads()
            .forEach(
                (subject, head) ->
                    heads.computeIfAbsent(subject.key(), k -> new ArrayList<>()).add(head));
      } catch (RuntimeException failed) {
        findings.problem("*", "audit.check-failed", check.getClass().getName() + ": " + failed);
      }
    }
    AuditChains chains = ChainVerifier.verify(records, heads, findings);
    for (AuditCheck check : components) {
      try {
        check.check(chains, findings);
      } catch (RuntimeException failed) {
        findings.problem("*", "audit.check-failed", check.getClass().getName() + ": " + failed);
      }
    }
    return findings.report(
        (int) records.stream().map(AuditRecord::getSubject).distinct().count(), records.size());
  }
}
