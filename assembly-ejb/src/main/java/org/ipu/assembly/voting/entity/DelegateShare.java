package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * One delegate's share of their delegation's votes in a named vote, cast from their own tablet:
 * every version is kept, each with the delegation's ballot it produced (the sum of every delegate's
 * latest share). Never stored for a secret vote.
 */
@Entity
@Table(name = "delegate_share")
@NamedQuery(
    name = DelegateShare.OF_DELEGATION,
    query =
        "SELECT s FROM DelegateShare s WHERE s.voteId = :vote AND s.parliamentId = :parliament"
            + " ORDER BY s.id")
@NamedQuery(
    name = DelegateShare.BY_KEY,
    query = "SELECT s FROM DelegateShare s WHERE s.voteId = :vote AND s.idempotencyKey = :key")
public class DelegateShare {

  /** Every version of every share of a delegation, oldest first. */
  public static final String OF_DELEGATION = "DelegateShare.ofDelegation";

  public static final String BY_KEY = "DelegateShare.byKey";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vote_id")
  private long voteId;

  @Column(name = "parliament_id")
  private long parliamentId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "cast_by")
  private String castBy;

  @Column(name = "yes_votes")
  private int yes;

  @Column(name = "no_votes")
  private int no;

  @Column(name = "abstain_votes")
  private int abstain;

  @Column(name = "ballot_id")
  private long ballotId;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "cast_at")
  private LocalDateTime castAt;

  protected DelegateShare() {}

  public DelegateShare(
      long voteId,
      long parliamentId,
      long accountId,
      String castBy,
      BallotSplit split,
      long ballotId,
      String idempotencyKey,
      LocalDateTime castAt) {
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.accountId = accountId;
    this.castBy = Objects.requireNonNull(castBy, "castBy");
    this.yes = split.yes();
    this.no = split.no();
    this.abstain = split.abstain();
    this.ballotId = ballotId;
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    this.castAt = castAt;
  }

  public BallotSplit split() {
    return new BallotSplit(yes, no, abstain);
  }

  public Long getId() {
    return id;
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

  public long getBallotId() {
    return ballotId;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public LocalDateTime getCastAt() {
    return castAt;
  }
}
