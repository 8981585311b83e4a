package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * That a delegate cast their share of their delegation's votes in a secret vote, and how many votes
 * it used; never how (its split only reached the vote's running totals). One per delegate and vote:
 * a secret share is final.
 */
@Entity
@Table(name = "secret_delegate_share")
@IdClass(SecretDelegateShare.Key.class)
@NamedQuery(
    name = SecretDelegateShare.OF_DELEGATION,
    query =
        "SELECT s FROM SecretDelegateShare s WHERE s.voteId = :vote AND s.parliamentId = :parliament"
            + " ORDER BY s.auditSequence")
@NamedQuery(
    name = SecretDelegateShare.BY_KEY,
    query =
        "SELECT s FROM SecretDelegateShare s WHERE s.voteId = :vote AND s.idempotencyKey = :key")
public class SecretDelegateShare {

  /** A delegation's secret shares, in the order they were cast. */
  public static final String OF_DELEGATION = "SecretDelegateShare.ofDelegation";

  public static final String BY_KEY = "SecretDelegateShare.byKey";

  @Id
  @Column(name = "vote_id")
  private Long voteId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "parliament_id")
  private long parliamentId;

  @Column(name = "cast_by")
  private String castBy;

  @Column(name = "votes_used")
  private int votesUsed;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "cast_at")
  private LocalDateTime castAt;

  @Column(name = "audit_sequence")
  private int auditSequence;

  @Column(name = "audit_hash")
  private String auditHash;

  protected SecretDelegateShare() {}

  public SecretDelegateShare(
      long voteId,
      long parliamentId,
      long accountId,
      String castBy,
      int votesUsed,
      String idempotencyKey,
      LocalDateTime castAt,
      int auditSequence,
      String auditHash) {
    if (votesUsed <= 0) {
      throw new IllegalArgumentException("a secret share uses at least one vote");
    }
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.accountId = accountId;
    this.castBy = Objects.requireNonNull(castBy, "castBy");
    this.votesUsed = votesUsed;
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    this.castAt = Objects.requireNonNull(castAt, "castAt");
    this.auditSequence = auditSequence;
    this.auditHash = Objects.requireNonNull(auditHash, "auditHash");
  }

  public long getVoteId() {
    return voteId;
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getCastBy() {
    return castBy;
  }

  public int getVotesUsed() {
    return votesUsed;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public LocalDateTime getCastAt() {
    return castAt;
  }

  public int getAuditSequence() {
    return auditSequence;
  }

  public String getAuditHash() {
    return auditHash;
  }

  /** The primary key: one secret share per delegate and vote. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long voteId;
    private Long accountId;

    public Key() {}

    public Key(long voteId, long accountId) {
      this.voteId = voteId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(voteId, k.voteId)
          && Objects.equals(accountId, k.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(voteId, accountId);
    }
  }
}
