package org.ipu.assembly.web.accounts;

import org.ipu.assembly.accounts.entity.Account;

/** An account as the API shows it (never its password hash). */
public record AccountView(
    long id, String username, String fullName, String email, String role, Long parliamentId) {

  static AccountView of(Account account) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getFullName(),
        account.getEmail(),
        account.getRole().name(),
        account.getParliament() == null ? null : account.getParliament().getId());
  }
}
