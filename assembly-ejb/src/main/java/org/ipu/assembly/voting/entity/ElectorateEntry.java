package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A delegation's votes in one vote, frozen when the vote opened. */
@Entity
@Table(name = "vote_electorate")
@IdClass(ElectorateEntry.Key.class)
@NamedQuery(name = ElectorateEntry.OF_VOTE, query = "SELECT e FROM ElectorateEntry e WHERE e.voteId = :vote")
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
      return o instanceof Key k && Objects.equals(voteId, k.voteId) && Objects.equals(parliamentId, k.parliamentId);
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

  protected ElectorateEntry() {}

  public ElectorateEntry(long voteId, long parliamentId, int entitlement, int delegatesPresent, int usableVotes) {
    this.voteId = voteId;
    this.parliamentId = parliamentId;
    this.entitlement = entitlement;
    this.delegatesPresent = delegatesPresent;
    this.usableVotes = usableVotes;
  }

  public long getVoteId() { return voteId; }
  public long getParliamentId() { return parliamentId; }
  public int getEntitlement() { return entitlement; }
  public int getDelegatesPresent() { return delegatesPresent; }
  public int getUsableVotes() { return usableVotes; }
}
