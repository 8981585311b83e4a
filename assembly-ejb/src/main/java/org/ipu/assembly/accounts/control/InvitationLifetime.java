package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.roster.boundary.Roster;

/**
 * How long a new invitation link lasts: the current Assembly's "invitation lifetime" setting (its
 * default when no Assembly is set up yet).
 */
@Dependent
public class InvitationLifetime {

  @Inject private Roster roster;
  @Inject private AssemblySettings settings;

  public Duration current() {
    return roster
        .currentSession()
        .map(session -> settings.values(session.getId()))
        .orElseGet(SettingValues::defaults)
        .get(Setting.INVITATION_LIFETIME);
  }
}
