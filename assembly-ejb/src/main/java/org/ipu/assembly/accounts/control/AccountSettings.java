package org.ipu.assembly.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.roster.boundary.Roster;

/**
 * The settings accounts work by: the current Assembly's (their defaults when no Assembly is set up
 * yet), for invitations and for signing in.
 */
@Dependent
public class AccountSettings {

  @Inject private Roster roster;
  @Inject private AssemblySettings settings;

  /** The current Assembly's settings, or the defaults. */
  public SettingValues values() {
    return roster
        .currentSession()
        .map(session -> settings.values(session.getId()))
        .orElseGet(SettingValues::defaults);
  }

  /** How long a new invitation link lasts: the "invitation lifetime" setting. */
  public Duration invitationLifetime() {
    return values().get(Setting.INVITATION_LIFETIME);
  }
}
