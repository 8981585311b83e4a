package org.ipu.assembly.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.platform.Whole;
import org.ipu.assembly.platform.WholeNumber;

/**
 * What whoever opens an account fills in: no password, which the person chooses through the
 * invitation mailed to {@code email}, in {@code language} ({@code en}, {@code fr}, {@code es},
 * {@code ar}; English when empty). {@link #validate()} checks its constraints (each message is the
 * stable code of the refusal).
 */
public record NewAccount(
    @NotNull(message = "account.username.invalid")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}", message = "account.username.invalid")
        String username,
    @NotBlank(message = "account.name.invalid")
        @Size(max = 200, message = "account.name.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "account.name.invalid")
        String fullName,
    @NotNull(message = "account.email.required")
        @Size(max = 200, message = "account.email.invalid")
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "account.email.invalid")
        String email,
    @NotNull(message = "account.language.invalid")
        @Pattern(regexp = "en|fr|es|ar", message = "account.language.invalid")
        String language,
    @NotNull(message = "account.parliament.required")
        @Whole(min = 1, message = "account.parliament.required")
        Number parliamentId) {

  /** The same request with its text fields trimmed and the username in lower case. */
  public NewAccount normalized() {
    return new NewAccount(
        username == null ? null : username.trim().toLowerCase(Locale.ROOT),
        fullName == null ? null : fullName.trim(),
        email == null || email.isBlank() ? null : email.trim(),
        language == null || language.isBlank() ? "en" : language.trim().toLowerCase(Locale.ROOT),
        parliamentId);
  }

  /**
   * Throws {@link org.ipu.assembly.platform.InvalidRequest} (an {@link AssemblyException} of kind
   * INVALID) naming the first problem and every field's.
   */
  public void validate() {
    RequestCheck.check(this);
  }

  /** The parliament's id: a whole positive number (12.5 is refused, not rounded). */
  public long parliament() {
    return WholeNumber.of(parliamentId, 1, Long.MAX_VALUE)
        .orElseThrow(() -> AssemblyException.invalid("account.parliament.required"));
  }
}
