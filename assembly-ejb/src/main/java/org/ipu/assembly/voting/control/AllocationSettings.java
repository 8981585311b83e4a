package org.ipu.assembly.voting.control;

import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.voting.rules.PopulationBracket;
import org.ipu.assembly.voting.rules.VoteAllocationSettings;

/** Builds the voting rules' {@link VoteAllocationSettings} from an Assembly's settings. */
public final class AllocationSettings {

  private AllocationSettings() {}

  public static VoteAllocationSettings from(SettingValues values) {
    return new VoteAllocationSettings(
        values.get(Setting.VOTE_MINIMUM),
        values.get(Setting.VOTE_POPULATION_BRACKETS).stream()
            .map(step -> new PopulationBracket(step.fromPersons(), step.bonus()))
            .toList(),
        values.get(Setting.VOTE_GENDER_SANCTION),
        values.get(Setting.VOTE_MAX_PER_DELEGATE));
  }
}
