package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.ipu.assembly.voting.control.AuditChain;

/**
 * One appended, never changed, entry of an audit chain: the vote's own chain (chain 0: set-up,
 * open, close, annul, secret ballots) or a delegation's chain of ballots in the vote (chain =
 * parliament id).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.OF_VOTE,
    query = "SELECT a FROM AuditEntry a WHERE a.voteId = :vote ORDER BY a.chain, a.sequence")
public class AuditEntry {

  public static final String OF_VOTE = "AuditEntry.ofVote";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vote_id")
  private long voteId;

  private long chain;

  private int sequence;

  private String kind;

  private String entry;

  private String actor;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  @Column(name = "prev_hash")
  private String prevHash;

  private String hash;

  protected AuditEntry() {}

  public AuditEntry(
      long voteId,
      long chain,
      int sequence,
      String kind,
      String entry,
      String actor,
      LocalDateTime recordedAt,
      String prevHash) {
    this.voteId = voteId;
    this.chain = chain;
    this.sequence = sequence;
    this.kind = kind;
    this.entry = entry;
    this.actor = actor;
    this.recordedAt = recordedAt;
    this.prevHash = prevHash;
    this.hash = AuditChain.hash(prevHash, voteId, chain, sequence, kind, entry, actor, recordedAt);
  }

  /** Whether the stored hash is the one its content and predecessor give. */
  public boolean isIntact() {
    return hash.equals(
        AuditChain.hash(prevHash, voteId, chain, sequence, kind, entry, actor, recordedAt));
  }

  public long getVoteId() {
    return voteId;
  }

  public long getChain() {
    return chain;
  }

  public int getSequence() {
    return sequence;
  }

  public String getKind() {
    return kind;
  }

  public String getEntry() {
    return entry;
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
