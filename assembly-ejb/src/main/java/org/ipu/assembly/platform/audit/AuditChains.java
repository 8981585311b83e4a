package org.ipu.assembly.platform.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every chain of the trail as read for a verification, by subject. */
public final class AuditChains {

  private final SortedMap<AuditSubject, List<AuditRecord>> chains;

  AuditChains(Map<AuditSubject, List<AuditRecord>> chains) {
    this.chains = new TreeMap<>(chains);
  }

  /** The subject's chain, oldest first (empty if it has none). */
  public List<AuditRecord> chain(AuditSubject subject) {
    return chains.getOrDefault(subject, List.of());
  }

  /** The subjects one step below the given one, with their chains (e.g. a vote's delegations). */
  public SortedMap<AuditSubject, List<AuditRecord>> within(AuditSubject parent) {
    SortedMap<AuditSubject, List<AuditRecord>> below = new TreeMap<>();
    chains.forEach(
        (subject, chain) -> {
          if (subject.parent().filter(parent::equals).isPresent()) {
            below.put(subject, chain);
          }
        });
    return below;
  }

  /** The chain's last entry as read, if any. */
  public Optional<AuditHead> head(AuditSubject subject) {
    List<AuditRecord> chain = chain(subject);
    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1).head());
  }

  /** Every subject that has a chain. */
  public SortedMap<AuditSubject, List<AuditRecord>> all() {
    return chains;
  }
}
