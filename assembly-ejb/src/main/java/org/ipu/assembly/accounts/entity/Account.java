package org.ipu.assembly.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.roster.entity.Parliament;

/** A person's login to the Assembly, with the one role they hold. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.role, a.username")
public class Account extends VersionedEntity {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String ALL = "Account.all";

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "full_name")
  private String fullName;

  private String email;

  /**
   * The language the person reads their mail in ({@code en}, {@code fr}, {@code es}, {@code ar}).
   */
  private String language = "en";

  @Enumerated(EnumType.STRING)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "parliament_id")
  private Parliament parliament;

  private boolean active = true;

  /** When the account was opened (UTC; the server runs in UTC). */
  @Column(name = "created_at", insertable = false, updatable = false)
  private LocalDateTime createdAt;

  protected Account() {}

  /**
   * An account opened by invitation: it has no password, and cannot sign in, until its owner sets
   * one through the invitation link.
   */
  public static Account invited(
      String username,
      String fullName,
      String email,
      String language,
      Role role,
      Parliament parliament) {
    Account account = new Account(username, null, fullName, email, role, parliament);
    account.language = Objects.requireNonNull(language, "language");
    return account;
  }

  /** An account with its password already set (the demo accounts); see {@link #invited}. */
  public Account(
      String username,
      String passwordHash,
      String fullName,
      String email,
      Role role,
      Parliament parliament) {
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = passwordHash;
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.email = email;
    this.role = Objects.requireNonNull(role, "role");
    if (role.actsForParliament() != (parliament != null)) {
      throw new IllegalArgumentException(
          role + (role.actsForParliament() ? " needs" : " cannot have") + " a parliament");
    }
    this.parliament = parliament;
  }

  /** Whether this account may act for (see, register, vote for) the given parliament. */
  public boolean mayActFor(long parliamentId) {
    return role == Role.SECRETARIAT
        || (parliament != null && parliament.getId() != null && parliament.getId() == parliamentId);
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  /** Whether the owner has set a password (an invited account has none until then). */
  public boolean hasPassword() {
    return passwordHash != null;
  }

  /** The owner has chosen a password (checked by {@code PasswordRule}); stores its hash. */
  public void choosePassword(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
  }

  public Role getRole() {
    return role;
  }

  public Parliament getParliament() {
    return parliament;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
