package org.ipu.assembly.accounts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Whether an invitation link may still be used to set a password, and if not, why. */
public enum InvitationState {
  /** Not used, not replaced, not expired: the person may set their password. */
  USABLE,
  /** Already used to set the password: a link works once. */
  USED,
  /** A newer invitation to the same account replaced this one. */
  REPLACED,
  /** Its lifetime is over. */
  EXPIRED;

  /**
   * The state at {@code now} of an invitation that expires at {@code expiresAt} and was used and
   * replaced at the given instants ({@code null}: not yet). Use wins over replacement, which wins
   * over expiry: the person is told the most useful reason. The link expires at {@code expiresAt}
   * itself.
   */
  public static InvitationState of(
      Instant expiresAt, Instant usedAt, Instant replacedAt, Instant now) {
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(now, "now");
    if (usedAt != null) {
      return USED;
    }
    if (replacedAt != null) {
      return REPLACED;
    }
    return now.isBefore(expiresAt) ? USABLE : EXPIRED;
  }

  /** When a link issued at {@code issuedAt} with the given lifetime expires. */
  public static Instant expiry(Instant issuedAt, Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("an invitation lasts some time: " + lifetime);
    }
    return issuedAt.plus(lifetime);
  }

  /** The stable error code telling the person why this link no longer works. */
  public String refusalCode() {
    return switch (this) {
      case USABLE -> throw new IllegalStateException("a usable invitation is not refused");
      case USED -> "invitation.used";
      case REPLACED -> "invitation.replaced";
      case EXPIRED -> "invitation.expired";
    };
  }
}
