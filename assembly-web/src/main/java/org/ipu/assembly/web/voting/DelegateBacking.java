package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ipu.assembly.voting.boundary.Presence;
import org.ipu.assembly.voting.entity.PlenaryPresence;

/** {@code delegate/index.xhtml}: the delegate's presence in the plenary, and whether they cast. */
@Named
@RequestScoped
public class DelegateBacking {

  @Inject private Presence presence;

  private String state;
  private long accountId;

  public String getPresence() {
    if (state == null) {
      PlenaryPresence mine = presence.mine();
      state = mine.getState().name();
      accountId = mine.getAccountId();
    }
    return state;
  }

  /** The delegate's account: the presence channel's frames name it. */
  public long getAccountId() {
    getPresence();
    return accountId;
  }

  public boolean isCaster() {
    return presence.isCaster();
  }

  public void checkIn() {
    PlenaryPresence mine = presence.checkIn();
    state = mine.getState().name();
    accountId = mine.getAccountId();
  }
}
