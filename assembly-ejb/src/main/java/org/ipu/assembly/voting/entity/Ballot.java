package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.ipu.assembly.voting.rules.BallotSplit;

/**
 * One version of a delegation's ballot in a named vote. Never updated: a change is a new version,
 * and the highest version counts.
 */
@Entity
@Table(name = "ballot")
@NamedQuery(
    name = Ballot.CURRENT_OF_VOTE,
    query =
        "SELECT b FROM Ballot b WHERE b.voteId = :vote AND b.ballotVersion ="
            + " (SELECT MAX(o.ballotVersion) FROM Ballot o WHERE o.voteId = b.voteId AND o.parliamentId = b.parliamentId)")
@NamedQuery(
    name = Ballot.BY_KEY,
    query = "SELECT b FROM Ballot b WHERE b.voteId = :vote AND b.idempotencyKey = :key")
public class Ballot {

  public static final String CURRENT_OF_VOTE = "Ballot.currentOfVote";

  /** The ballot of a vote with the given idempotency key, if any. */
  public static final String BY_KEY = "Ballot.byKey";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vote_id")
  private long voteId;

  @Column(name = "parliament_id")
  private long parliamentId;

  @Column(name = "ballot_version")
  private int ballotVersion;

  @Column(name = "yes_votes")
  private int yes;

  @Column(name = "no_votes")
  private int no;

  @Column(name = "abstain_votes")
  private int abstain;

  @Column(name = "cast_by")
  private String castBy;

  @Column(name = "cast_at")
  private LocalDateTime castAt;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "audit_sequence")
  private int auditSequence;

  @Column(name = "audit_hash")
  private String auditHash;

  protected Ballot() {}

  public Ballot(
      long voteId,
      long parliamentId,
      int ballotVersion,
      BallotSplit split,
      String castBy,
      LocalDateTime castAt,
      String idempotencyKey,
      int auditSequence,
      String auditHash) {
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.ballotVersion = ballotVersion;
    this.yes = split.yes();
    this.no = split.no();
    this.abstain = split.abstain();
    this.castBy = castBy;
    this.castAt = castAt;
    this.idempotencyKey = idempotencyKey;
    this.auditSequence = auditSequence;
    this.auditHash = auditHash;
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

  public int getBallotVersion() {
    return ballotVersion;
  }

  public String getCastBy() {
    return castBy;
  }

  public LocalDateTime getCastAt() {
    return castAt;
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
