package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.ipu.assembly.accounts.rules.InvitationState;

/**
 * How long a new invitation link lasts. The one place to read it: today the default of {@link
 * InvitationState#DEFAULT_LIFETIME} (7 days); the per-Assembly "invitation lifetime" setting plugs
 * in here.
 */
@ApplicationScoped
public class InvitationLifetime {

  public Duration current() {
    return InvitationState.DEFAULT_LIFETIME;
  }
}
