package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** That a delegation took part in a secret vote; never how it voted. */
@Entity
@Table(name = "secret_participation")
@IdClass(ElectorateEntry.Key.class)
@NamedQuery(
    name = SecretParticipation.BY_KEY,
    query =
        "SELECT p FROM SecretParticipation p WHERE p.voteId = :vote AND p.idempotencyKey = :key")
@NamedQuery(
    name = SecretParticipation.OF_VOTE,
    query = "SELECT p FROM SecretParticipation p WHERE p.voteId = :vote")
public class SecretParticipation {

  public static final String BY_KEY = "SecretParticipation.byKey";
  public static final String OF_VOTE = "SecretParticipation.ofVote";

  @Id
  @Column(name = "vote_id")
  private Long voteId;

  @Id
  @Column(name = "parliament_id")
  private Long parliamentId;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "audit_sequence")
  private int auditSequence;

  @Column(name = "audit_hash")
  private String auditHash;

  protected SecretParticipation() {}

  public SecretParticipation(
      long voteId, long parliamentId, String idempotencyKey, int auditSequence, String auditHash) {
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.idempotencyKey = idempotencyKey;
    this.auditSequence = auditSequence;
    this.auditHash = auditHash;
  }

  public long getVoteId() {
    return voteId;
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public int getAuditSequence() {
    return auditSequence;
  }

  public String getAuditHash() {
    return auditHash;
  }
}
