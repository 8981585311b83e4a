package org.ipu.assembly.accounts.boundary;

import java.time.Instant;
import org.ipu.assembly.accounts.rules.InvitationState;

/**
 * What an invitation link's page may show before the person sets a password: whether the link works
 * and, if it does, for which user name and until when. An unknown link says no more than that.
 */
public record InvitationStatus(
    Kind kind, String username, String fullName, String language, Instant expiresAt)
    implements java.io.Serializable {

  /** The link's state as the page shows it. */
  public enum Kind {
    USABLE,
    USED,
    REPLACED,
    EXPIRED,
    UNKNOWN;

    static Kind of(InvitationState state) {
      return Kind.valueOf(state.name());
    }
  }

  static InvitationStatus unknown() {
    return new InvitationStatus(Kind.UNKNOWN, null, null, null, null);
  }

  public boolean usable() {
    return kind == Kind.USABLE;
  }

  /** The stable error code for a link that does not work ({@code invitation.used}, ...). */
  public String refusalCode() {
    return "invitation." + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
