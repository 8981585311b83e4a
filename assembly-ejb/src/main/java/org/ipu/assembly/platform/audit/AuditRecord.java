package org.ipu.assembly.platform.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One appended, never changed, entry of a subject's chain. Its payload is the canonical JSON of a
 * record ({@link AuditJson}); its hash links it to the previous entry ({@link AuditHashing}).
 */
@Entity
@Cacheable(false)
@Table(name = "audit_record")
@IdClass(AuditRecord.Key.class)
@NamedQuery(
    name = AuditRecord.ALL,
    query = "SELECT r FROM AuditRecord r ORDER BY r.subject, r.sequence")
@NamedQuery(
    name = AuditRecord.OF_SUBJECT_AND_BELOW,
    query =
        "SELECT r FROM AuditRecord r WHERE r.subject = :subject OR r.subject LIKE :below"
            + " ORDER BY r.subject, r.sequence")
public class AuditRecord {

  static final String ALL = "AuditRecord.all";
  static final String OF_SUBJECT_AND_BELOW = "AuditRecord.ofSubjectAndBelow";

  /** The composite key: subject and sequence. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String subject;
    private Integer sequence;

    public Key() {}

    public Key(String subject, int sequence) {
      this.subject = subject;
      this.sequence = sequence;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(subject, k.subject)
          && Objects.equals(sequence, k.sequence);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, sequence);
    }
  }

  @Id private String subject;

  @Id private Integer sequence;

  @Column(name = "subject_type")
  private String subjectType;

  private String kind;

  private String payload;

  private String actor;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  @Column(name = "prev_hash")
  private String prevHash;

  private String hash;

  protected AuditRecord() {}

  /** A new entry after {@code previous}, hashed. */
  AuditRecord(
      AuditSubject subject,
      AuditHead previous,
      String kind,
      String payload,
      String actor,
      LocalDateTime recordedAt) {
    this(
        subject.key(),
        subject.type(),
        previous.sequence() + 1,
        kind,
        payload,
        actor,
        recordedAt,
        previous.hash(),
        AuditHashing.hash(
            previous.hash(),
            subject.key(),
            previous.sequence() + 1,
            kind,
            payload,
            actor,
            recordedAt));
  }

  /**
   * An entry as stored, whatever it holds: for entries read by other means than JPA (a schema
   * migration, a test) and handed to {@link ChainVerifier}.
   */
  public AuditRecord(
      String subject,
      String subjectType,
      int sequence,
      String kind,
      String payload,
      String actor,
      LocalDateTime recordedAt,
      String prevHash,
      String hash) {
    this.subject = subject;
    this.subjectType = subjectType;
    this.sequence = sequence;
    this.kind = kind;
    this.payload = payload;
    this.actor = actor;
    this.recordedAt = recordedAt;
    this.prevHash = prevHash;
    this.hash = hash;
  }

  /** Whether the stored hash is the one its content and predecessor give. */
  public boolean isIntact() {
    return Objects.equals(
        hash, AuditHashing.hash(prevHash, subject, sequence, kind, payload, actor, recordedAt));
  }

  /** The payload, if this entry is of that kind and its payload reads as the kind's record. */
  public <P extends Record> Optional<P> payload(AuditKind<P> expected) {
    return expected.name().equals(kind)
        ? AuditJson.read(payload, expected.payloadType())
        : Optional.empty();
  }

  public boolean is(AuditKind<?> expected) {
    return expected.name().equals(kind);
  }

  /** This entry as the head of its chain. */
  public AuditHead head() {
    return new AuditHead(sequence, hash);
  }

  public String getSubject() {
    return subject;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public int getSequence() {
    return sequence == null ? 0 : sequence;
  }

  public String getKind() {
    return kind;
  }

  /** The payload's canonical JSON as stored. */
  public String getPayload() {
    return payload;
  }

  public String getActor() {
    return actor;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
