package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ipu.assembly.voting.boundary.Presence;

/** {@code delegate/index.xhtml}: the delegate's presence in the plenary, and whether they cast. */
@Named
@RequestScoped
public class DelegateBacking {

  @Inject private Presence presence;

  private String state;

  public String getPresence() {
    if (state == null) {
      state = presence.mine().getState().name();
    }
    return state;
  }

  public boolean isCaster() {
    return presence.isCaster();
  }

  public void checkIn() {
    state = presence.checkIn().getState().name();
  }
}
