package org.ipu.assembly.accounts.boundary;

import java.util.regex.Pattern;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.WholeNumber;

/**
 * What the Secretariat fills in to open an account for a parliament's focal point. {@link
 * #validate()} refuses it with the first problem's code.
 */
public record NewAccount(
    String username, String fullName, String email, String password, Number parliamentId) {

  public static final int MIN_PASSWORD_LENGTH = 10;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** The same request with its text fields trimmed and the username in lower case. */
  public NewAccount normalized() {
    return new NewAccount(
        username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT),
        fullName == null ? null : fullName.trim(),
        email == null || email.isBlank() ? null : email.trim(),
        password,
        parliamentId);
  }

  /** Throws {@link AssemblyException} (kind INVALID) naming the first problem. */
  public void validate() {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw AssemblyException.invalid("account.username.invalid");
    }
    if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
      throw AssemblyException.invalid("account.name.invalid");
    }
    if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
      throw AssemblyException.invalid("account.email.invalid");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
      throw AssemblyException.invalid("account.password.invalid", MIN_PASSWORD_LENGTH);
    }
    parliament();
  }

  /** The parliament's id: a whole positive number (12.5 is refused, not rounded). */
  public long parliament() {
    return WholeNumber.of(parliamentId, 1, Long.MAX_VALUE)
        .orElseThrow(() -> AssemblyException.invalid("account.parliament.required"));
  }
}
