package org.ipu.assembly.amendments.entity;

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
 * A delegate whom its parliament's focal point authorised to table and change the parliament's
 * amendments at an Assembly.
 */
@Entity
@Table(name = "amendment_delegate")
@IdClass(AmendmentDelegate.Key.class)
@NamedQuery(
    name = AmendmentDelegate.OF_PARLIAMENT,
    query =
        "SELECT d FROM AmendmentDelegate d WHERE d.sessionId = :session"
            + " AND d.parliamentId = :parliament")
public class AmendmentDelegate {

  public static final String OF_PARLIAMENT = "AmendmentDelegate.ofParliament";

  /** The key: an account at an Assembly. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long sessionId;
    private long accountId;

    public Key() {}

    public Key(long sessionId, long accountId) {
      this.sessionId = sessionId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.sessionId == sessionId && key.accountId == accountId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(sessionId, accountId);
    }
  }

  @Id
  @Column(name = "session_id")
  private long sessionId;

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "parliament_id")
  private long parliamentId;

  @Column(name = "authorised_by")
  private String authorisedBy;

  @Column(name = "authorised_at")
  private LocalDateTime authorisedAt;

  protected AmendmentDelegate() {}

  public AmendmentDelegate(
      long sessionId, long accountId, long parliamentId, String by, LocalDateTime at) {
    this.sessionId = sessionId;
    this.accountId = accountId;
    this.parliamentId = parliamentId;
    this.authorisedBy = Objects.requireNonNull(by, "by");
    this.authorisedAt = Objects.requireNonNull(at, "at");
  }

  public long getAccountId() {
    return accountId;
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public String getAuthorisedBy() {
    return authorisedBy;
  }

  public LocalDateTime getAuthorisedAt() {
    return authorisedAt;
  }
}
