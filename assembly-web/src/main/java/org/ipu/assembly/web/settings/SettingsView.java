package org.ipu.assembly.web.settings;

import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.platform.settings.boundary.SettingsSnapshot;
import org.ipu.assembly.platform.settings.rules.PopulationStep;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.web.platform.rest.OneOf;

/**
 * An Assembly's settings for API clients: the version to send back with a change, the last change,
 * and every setting with its value, its default and whether it was set.
 *
 * @param assembly the Assembly's number (152)
 * @param version 0 while nothing was set; send it back with {@code PUT /api/settings}
 */
public record SettingsView(
    int assembly,
    long version,
    String changedBy,
    LocalDateTime changedAt,
    List<SettingsView.Entry> settings) {

  /**
   * One setting.
   *
   * @param key stable key, e.g. {@code vote.minimum}
   * @param type {@code whole-number}, {@code days} or {@code population-table} (rows {@code
   *     {"fromPersons", "bonus"}})
   * @param value the Assembly's value
   * @param defaultValue the value when nothing is set (the Statutes' where they give one)
   * @param set whether the Secretariat set it (PUT {@code null} for the key to unset it)
   */
  public record Entry(
      String key,
      String type,
      @OneOf({Long.class, PopulationStep[].class}) Object value,
      @OneOf({Long.class, PopulationStep[].class}) Object defaultValue,
      boolean set) {

    static Entry of(Setting<?> setting, SettingsSnapshot snapshot) {
      return new Entry(
          setting.key(),
          setting.type().name(),
          setting.shown(snapshot.values().get(setting)),
          setting.shown(setting.defaultValue()),
          snapshot.values().isSet(setting));
    }
  }

  static SettingsView of(int assembly, SettingsSnapshot snapshot) {
    return new SettingsView(
        assembly,
        snapshot.version(),
        snapshot.changedBy(),
        snapshot.changedAt(),
        Setting.ALL.stream().map(s -> Entry.of(s, snapshot)).toList());
  }
}
