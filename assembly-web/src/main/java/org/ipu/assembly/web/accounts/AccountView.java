package org.ipu.assembly.web.accounts;

import org.ipu.assembly.accounts.entity.Account;

/**
 * An account as the API shows it (never its password hash); {@code passwordSet} is false while the
 * owner has not yet followed their invitation.
 */
public record AccountView(
    long id,
    String username,
    String fullName,
    String email,
    String language,
    String role,
    Long parliamentId,
    boolean passwordSet) {

  static AccountView of(Account account) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getFullName(),
        account.getEmail(),
        account.getLanguage(),
        account.getRole().name(),
        account.getParliament() == null ? null : account.getParliament().getId(),
        account.hasPassword());
  }
}
