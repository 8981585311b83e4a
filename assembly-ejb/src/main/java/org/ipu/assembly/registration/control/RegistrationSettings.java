package org.ipu.assembly.registration.control;

import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.registration.rules.CompositionLimits;
import org.ipu.assembly.registration.rules.RegistrationWindow;
import org.ipu.assembly.roster.entity.AssemblySession;

/** Builds the registration rules' limits and window from an Assembly's settings. */
public final class RegistrationSettings {

  private RegistrationSettings() {}

  public static CompositionLimits limits(SettingValues values) {
    return new CompositionLimits(
        values.get(Setting.DELEGATION_SIZE),
        values.get(Setting.DELEGATION_SIZE_LARGE),
        values.get(Setting.DELEGATION_LARGE_POPULATION),
        values.get(Setting.DELEGATION_OBSERVER_SIZE),
        values.get(Setting.DELEGATION_GENDER_SANCTION));
  }

  public static RegistrationWindow window(AssemblySession session, SettingValues values) {
    return RegistrationWindow.before(
        session.getOpensOn(),
        values.get(Setting.REGISTRATION_OPENS),
        values.get(Setting.REGISTRATION_CLOSES),
        values.get(Setting.REGISTRATION_LATE_CHANGES));
  }
}
