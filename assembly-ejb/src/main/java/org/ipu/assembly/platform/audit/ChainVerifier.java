package org.ipu.assembly.platform.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks chains as read, without a container: each entry in sequence from 1, linked to its
 * predecessor's hash, its own hash matching its content, its payload canonical JSON, and the chain
 * ending exactly at the head recorded for it. Reports every problem and never throws, whatever the
 * entries hold.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  /**
   * Verifies every chain among {@code records} (any order) against the heads recorded for them
   * (several sources may record a head for one subject: each must agree), reports to {@code
   * findings} and answers the chains it could attribute to a subject.
   */
  public static AuditChains verify(
      Collection<AuditRecord> records,
      Map<String, List<AuditHead>> recordedHeads,
      AuditFindings findings) {
    SortedMap<String, List<AuditRecord>> byKey = new TreeMap<>();
    for (AuditRecord r : records) {
      String key = r == null || r.getSubject() == null ? "" : r.getSubject();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    recordedHeads.keySet().forEach(k -> byKey.computeIfAbsent(k, none -> new ArrayList<>()));
    Map<AuditSubject, List<AuditRecord>> chains = new TreeMap<>();
    byKey.forEach(
        (key, chain) -> {
          try {
            chain.sort(
                (a, b) ->
                    Integer.compare(
                        a == null ? 0 : a.getSequence(), b == null ? 0 : b.getSequence()));
            Optional<AuditSubject> subject = AuditSubject.parse(key);
            if (subject.isEmpty()) {
              findings.problem(
                  key, "audit.subject", "entries under a key that is not a subject: " + key);
              return;
            }
            verifyChain(subject.get(), chain, recordedHeads.getOrDefault(key, List.of()), findings);
            if (!chain.isEmpty()) {
              chains.put(subject.get(), List.copyOf(chain));
            }
          } catch (RuntimeException unexpected) {
            findings.problem(key, "audit.unreadable", "the chain could not be read: " + unexpected);
          }
        });
    return new AuditChains(chains);
  }

  /** Verifies one subject's chain, sorted by sequence, against the heads recorded for it. */
  static void verifyChain(
      AuditSubject subject,
      List<AuditRecord> chain,
      List<AuditHead> recordedHeads,
      AuditFindings findings) {
    String previous = AuditHead.GENESIS_HASH;
    int expected = 1;
    for (AuditRecord entry : chain) {
      if (entry == null) {
        findings.problem(subject, "audit.unreadable", "an empty entry");
        continue;
      }
      int sequence = entry.getSequence();
      try {
        if (sequence != expected) {
          findings.problem(
              subject, "audit.gap", "expected entry " + expected + ", found " + sequence);
        }
        if (!Objects.equals(entry.getPrevHash(), previous)) {
          findings.problem(subject, "audit.broken-link", "entry " + sequence);
        }
        if (!entry.isIntact()) {
          findings.problem(subject, "audit.altered", "entry " + sequence);
        }
        if (!AuditJson.isCanonical(entry.getPayload())) {
          findings.problem(
              subject, "audit.unreadable", "entry " + sequence + ": its payload is not canonical");
        }
        if (!subject.type().equals(entry.getSubjectType())) {
          findings.problem(
              subject, "audit.subject", "entry " + sequence + ": recorded as another subject type");
        }
      } catch (RuntimeException unexpected) {
        findings.problem(
            subject, "audit.unreadable", "entry " + sequence + " could not be read: " + unexpected);
      }
      previous = entry.getHash();
      expected = sequence + 1;
    }
    AuditHead last =
        chain.isEmpty() || chain.get(chain.size() - 1) == null
            ? AuditHead.GENESIS
            : new AuditHead(chain.size(), previous);
    if (recordedHeads.isEmpty()) {
      findings.problem(subject, "audit.head", "no head is recorded for this chain");
    }
    for (AuditHead head : recordedHeads) {
      boolean matches =
          head != null
              && head.sequence() == last.sequence()
              && (last.sequence() == 0 || Objects.equals(head.hash(), last.hash()));
      if (!matches) {
        findings.problem(subject, "audit.head", "the recorded head is not the chain's last entry");
      }
    }
  }
}
