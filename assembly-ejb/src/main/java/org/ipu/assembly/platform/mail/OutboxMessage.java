package org.ipu.assembly.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.ipu.assembly.platform.VersionedEntity;

/** A rendered mail in the outbox, and how its delivery is going. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "SELECT m.id FROM OutboxMessage m WHERE m.state = :pending AND m.nextAttemptAt <= :now"
            + " ORDER BY m.nextAttemptAt")
@NamedQuery(name = OutboxMessage.LATEST, query = "SELECT m FROM OutboxMessage m ORDER BY m.id DESC")
public class OutboxMessage extends VersionedEntity {

  public static final String DUE = "OutboxMessage.due";
  public static final String LATEST = "OutboxMessage.latest";

  private static final int ERROR_LENGTH = 500;

  private String recipient;
  private String language;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private MailState state;

  private int attempts;

  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  protected OutboxMessage() {}

  OutboxMessage(String recipient, String language, String subject, String body, Instant now) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.language = Objects.requireNonNull(language, "language");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.body = Objects.requireNonNull(body, "body");
    this.state = MailState.PENDING;
    this.createdAt = utc(now);
    this.nextAttemptAt = utc(now);
  }

  /** Whether an attempt is due now (pending, and its retry time has come). */
  public boolean isDue(Instant now) {
    return state == MailState.PENDING && !instant(nextAttemptAt).isAfter(now);
  }

  /**
   * The mail server took it. The text is erased: it may carry a link (an invitation) that must not
   * outlive its delivery in the database.
   */
  void delivered(Instant now) {
    attempts++;
    state = MailState.SENT;
    sentAt = utc(now);
    body = null;
    lastError = null;
  }

  /** The attempt failed: retried after the policy's delay, or given up after its last attempt. */
  void failed(Instant now, String error, RetryPolicy policy) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
    if (policy.givesUpAfter(attempts)) {
      state = MailState.FAILED;
      body = null;
    } else {
      nextAttemptAt = utc(now.plus(policy.delayAfter(attempts)));
    }
  }

  public String getRecipient() {
    return recipient;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  String getBody() {
    return body;
  }

  public MailState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return instant(nextAttemptAt);
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return instant(createdAt);
  }

  public Instant getSentAt() {
    return instant(sentAt);
  }

  /** Stored as UTC date and time (the database and the server run in UTC). */
  private static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
