package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * That a delegation took part in a secret vote; never how it voted. It took part either with one
 * whole ballot (cast by its head or a designated delegate, with that ballot's idempotency key) or
 * delegate by delegate ({@code byShares}: recorded with the first share, no key of its own; each
 * share is a {@link SecretDelegateShare}); the audit reference is that of the first entry.
 */
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

  @Column(name = "by_shares")
  private boolean byShares;

  protected SecretParticipation() {}

  /** A delegation's whole secret ballot. */
  public SecretParticipation(
      long voteId, long parliamentId, String idempotencyKey, int auditSequence, String auditHash) {
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.idempotencyKey = idempotencyKey;
    this.auditSequence = auditSequence;
    this.auditHash = auditHash;
  }

  /** A delegation taking part delegate by delegate, from its first share's audit entry. */
  public static SecretParticipation byShares(
      long voteId, long parliamentId, int auditSequence, String auditHash) {
    SecretParticipation p =
        new SecretParticipation(voteId, parliamentId, null, auditSequence, auditHash);
    p.byShares = true;
    return p;
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

  /** Whether the delegation took part delegate by delegate rather than with one whole ballot. */
  public boolean isByShares() {
    return byShares;
  }
}
