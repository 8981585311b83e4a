package org.ipu.assembly.sideevents.control;

import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.sideevents.entity.SideEvent;

/**
 * Who reads or acts: the signed-in person's account and parliament, or nobody (an anonymous visitor
 * of the programme).
 */
public record Viewer(Account account) {

  public static final Viewer ANONYMOUS = new Viewer(null);

  public boolean signedIn() {
    return account != null;
  }

  public boolean secretariat() {
    return account != null && account.getRole() == Role.SECRETARIAT;
  }

  /** The viewer's parliament, or null. */
  public Long parliamentId() {
    return account == null || account.getParliament() == null
        ? null
        : account.getParliament().getId();
  }

  /** Whether they see the event: the Secretariat all, others open ones and those they are in. */
  public boolean sees(SideEvent event) {
    return secretariat() || event.visibleTo(parliamentId());
  }

  /**
   * Whether they may change the request and see who joins: the Secretariat, or a focal point of the
   * parliament that asked.
   */
  public boolean organises(SideEvent event) {
    return secretariat()
        || account != null
            && account.getRole() == Role.FOCAL_POINT
            && event.getParliament() != null
            && event.getParliament().getId().equals(parliamentId());
  }
}
