package org.ipu.assembly.voting.rules;

import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.voting.control.AllocationSettings;

/** The vote weighting an Assembly gets when nothing was set: the settings' defaults. */
final class Statutes {

  private Statutes() {}

  static VoteAllocationSettings voteAllocation() {
    return AllocationSettings.from(SettingValues.defaults());
  }
}
