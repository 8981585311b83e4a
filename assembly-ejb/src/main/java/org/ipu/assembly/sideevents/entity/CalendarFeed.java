package org.ipu.assembly.sideevents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person's calendar feed: its address holds the secret token. Revoked by deleting it. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = CalendarFeed.OF_TOKEN,
    query = "SELECT f FROM CalendarFeed f WHERE f.token = :token")
public class CalendarFeed {

  public static final String OF_TOKEN = "CalendarFeed.ofToken";

  @Id
  @Column(name = "account_id")
  private Long accountId;

  private String token;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected CalendarFeed() {}

  public CalendarFeed(long accountId, String token, LocalDateTime createdAt) {
    this.accountId = accountId;
    this.token = token;
    this.createdAt = createdAt;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getToken() {
    return token;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
