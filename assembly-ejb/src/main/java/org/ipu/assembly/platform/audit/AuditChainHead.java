package org.ipu.assembly.platform.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of a chain the trail keeps itself (for subjects whose owner keeps none on a row of its
 * own): its row is locked while an entry is appended, so appends to one subject take turns.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_chain")
public class AuditChainHead {

  @Id private String subject;

  private int sequence;

  @Column(name = "head")
  private String head;

  protected AuditChainHead() {}

  AuditHead head() {
    return AuditHead.of(sequence, head);
  }

  String getSubject() {
    return subject;
  }

  void advance(AuditRecord appended) {
    if (!appended.getSubject().equals(subject) || appended.getSequence() != sequence + 1) {
      throw new IllegalStateException("audit entries are appended to their chain in sequence");
    }
    sequence = appended.getSequence();
    head = appended.getHash();
  }
}
