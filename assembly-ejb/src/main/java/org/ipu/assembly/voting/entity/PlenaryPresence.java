package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.ipu.assembly.platform.VersionedEntity;

/** A delegate's presence in the plenary of one Assembly. */
@Entity
@Table(name = "plenary_presence")
@NamedQuery(
    name = PlenaryPresence.OF_ACCOUNT,
    query =
        "SELECT p FROM PlenaryPresence p WHERE p.sessionId = :session AND p.accountId = :account")
@NamedQuery(
    name = PlenaryPresence.OF_SESSION,
    query =
        "SELECT p FROM PlenaryPresence p WHERE p.sessionId = :session ORDER BY p.changedAt DESC")
@NamedQuery(
    name = PlenaryPresence.PRESENT_COUNTS,
    query =
        "SELECT p.parliamentId, COUNT(p) FROM PlenaryPresence p WHERE p.sessionId = :session"
            + " AND p.state = org.ipu.assembly.voting.entity.PresenceState.PRESENT GROUP BY p.parliamentId")
public class PlenaryPresence extends VersionedEntity {

  public static final String OF_ACCOUNT = "PlenaryPresence.ofAccount";
  public static final String OF_SESSION = "PlenaryPresence.ofSession";
  public static final String PRESENT_COUNTS = "PlenaryPresence.presentCounts";

  @Column(name = "session_id")
  private long sessionId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "parliament_id")
  private long parliamentId;

  @Enumerated(EnumType.STRING)
  private PresenceState state;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  protected PlenaryPresence() {}

  /** A delegate not (yet) in the plenary. */
  public PlenaryPresence(
      long sessionId, long accountId, long parliamentId, String by, LocalDateTime at) {
    this.sessionId = sessionId;
    this.accountId = accountId;
    this.parliamentId = parliamentId;
    change(PresenceState.ABSENT, by, at);
  }

  public void change(PresenceState newState, String by, LocalDateTime at) {
    state = newState;
    changedBy = by;
    changedAt = at;
  }

  public long getSessionId() {
    return sessionId;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public PresenceState getState() {
    return state;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
