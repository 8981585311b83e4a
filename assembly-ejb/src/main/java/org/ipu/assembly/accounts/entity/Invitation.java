package org.ipu.assembly.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.ipu.assembly.accounts.rules.InvitationState;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * A single-use, expiring link by which the owner of an account sets their own password. Only the
 * SHA-256 of the link's token is kept.
 */
@Entity
@Table(name = "account_invitation")
@NamedQuery(
    name = Invitation.BY_TOKEN_HASH,
    query = "SELECT i FROM Invitation i WHERE i.tokenHash = :tokenHash")
@NamedQuery(
    name = Invitation.OPEN_FOR_ACCOUNT,
    query =
        "SELECT i FROM Invitation i WHERE i.account = :account AND i.usedAt IS NULL"
            + " AND i.revokedAt IS NULL")
public class Invitation extends VersionedEntity {

  public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
  public static final String OPEN_FOR_ACCOUNT = "Invitation.openForAccount";

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "expires_at")
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  protected Invitation() {}

  public Invitation(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.account = Objects.requireNonNull(account, "account");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = utc(Objects.requireNonNull(createdAt, "createdAt"));
    this.expiresAt = utc(Objects.requireNonNull(expiresAt, "expiresAt"));
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("an invitation expires after it is issued");
    }
  }

  public InvitationState state(Instant now) {
    return InvitationState.of(instant(expiresAt), instant(usedAt), instant(revokedAt), now);
  }

  /** The link has served: it never works again. */
  public void use(Instant now) {
    if (state(now) != InvitationState.USABLE) {
      throw new IllegalStateException("invitation is " + state(now));
    }
    usedAt = utc(now);
  }

  /** A newer invitation to the same account replaces this one. */
  public void replace(Instant now) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = utc(now);
    }
  }

  public Account getAccount() {
    return account;
  }

  public Instant getExpiresAt() {
    return instant(expiresAt);
  }

  /** Stored as UTC date and time (the database and the server run in UTC). */
  private static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
