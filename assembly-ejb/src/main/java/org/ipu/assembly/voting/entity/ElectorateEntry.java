package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.ipu.assembly.platform.audit.AuditHead;

/**
 * A delegation's votes in one vote, frozen when the vote opened, and the head of the delegation's
 * audit chain of ballots in that vote (its row is what a ballot locks).
 */
@Entity
@Table(name = "vote_electorate")
@IdClass(ElectorateEntry.Key.class)
@NamedQuery(
    name = ElectorateEntry.OF_VOTE,
    query = "SELECT e FROM ElectorateEntry e WHERE e.voteId = :vote")
public class ElectorateEntry {

  public static final String OF_VOTE = "ElectorateEntry.ofVote";

  /** The composite key: vote and parliament. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long voteId;
    private Long parliamentId;

    public Key() {}

    public Key(long voteId, long parliamentId) {
      this.voteId = voteId;
      this.parliamentId = parliamentId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(voteId, k.voteId)
          && Objects.equals(parliamentId, k.parliamentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(voteId, parliamentId);
    }
  }

  @Id
  @Column(name = "vote_id")
  private Long voteId;

  @Id
  @Column(name = "parliament_id")
  private Long parliamentId;

  private int entitlement;

  @Column(name = "delegates_present")
  private int delegatesPresent;

  @Column(name = "usable_votes")
  private int usableVotes;

  @Column(name = "audit_sequence")
  private int auditSequence;

  @Column(name = "audit_head")
  private String auditHead;

  protected ElectorateEntry() {}

  public ElectorateEntry(
      long voteId, long parliamentId, int entitlement, int delegatesPresent, int usableVotes) {
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.entitlement = entitlement;
    this.delegatesPresent = delegatesPresent;
    this.usableVotes = usableVotes;
  }

  public long getVoteId() {
    return voteId;
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public int getEntitlement() {
    return entitlement;
  }

  public int getDelegatesPresent() {
    return delegatesPresent;
  }

  public int getUsableVotes() {
    return usableVotes;
  }

  public int getAuditSequence() {
    return auditSequence;
  }

  /** The hash of the delegation chain's last entry, or the genesis before the first. */
  public String getAuditHead() {
    return auditHead == null ? AuditHead.GENESIS_HASH : auditHead;
  }

  /** Moves the delegation chain's head to a newly appended entry. */
  public void advanceAudit(int sequence, String hash) {
    if (sequence != auditSequence + 1) {
      throw new IllegalStateException(
          "a delegation's audit entries are appended to its chain in sequence");
    }
    auditSequence = sequence;
    auditHead = hash;
  }
}
