package org.ipu.assembly.platform.settings.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Assembly's settings: what the Secretariat set, and the defaults for the rest. Immutable; a
 * change gives new values, checked as a whole.
 */
public final class SettingValues {

  private static final Logger LOG = Logger.getLogger(SettingValues.class.getName());

  private static final SettingValues DEFAULTS = new SettingValues(Map.of());

  /** Only the settings that were set, by setting. */
  private final Map<Setting<?>, Object> set;

  private SettingValues(Map<Setting<?>, Object> set) {
    this.set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
  }

  /** Every setting at its default. */
  public static SettingValues defaults() {
    return DEFAULTS;
  }

  /**
   * The values stored as text by key. A key no setting has any more is ignored; a stored value a
   * setting no longer accepts (its bounds narrowed) falls back to the default, with a warning.
   */
  public static SettingValues decode(Map<String, String> stored) {
    Map<Setting<?>, Object> set = new LinkedHashMap<>();
    for (Setting<?> setting : Setting.ALL) {
      String text = stored.get(setting.key());
      if (text != null) {
        try {
          set.put(setting, setting.decode(text));
        } catch (SettingRefused unusable) {
          LOG.log(
              Level.WARNING,
              "Stored value {0} of {1} is no longer accepted; using the default",
              new Object[] {text, setting.key()});
        }
      }
    }
    return new SettingValues(set);
  }

  /** The values as text by key, only those set. */
  public Map<String, String> encode() {
    Map<String, String> stored = new LinkedHashMap<>();
    set.forEach((setting, value) -> stored.put(setting.key(), setting.encode(value)));
    return stored;
  }

  /** The setting's value for this Assembly: what was set, else the default. */
  public <T> T get(Setting<T> setting) {
    Object value = set.get(setting);
    return value == null ? setting.defaultValue() : castTo(setting, value);
  }

  /** Whether the Secretariat set this setting (even to the default's value). */
  public boolean isSet(Setting<?> setting) {
    return set.containsKey(setting);
  }

  /**
   * These values with the given changes, by key, each read and checked: a value in JSON's shapes,
   * or {@code null} to go back to the default. An unknown key is refused ({@code
   * settings.unknown}), a bad value with its setting's code.
   */
  public SettingValues with(Map<String, ?> changes) {
    Map<Setting<?>, Object> changed = new LinkedHashMap<>(set);
    for (Map.Entry<String, ?> change : changes.entrySet()) {
      Setting<?> setting =
          Setting.byKey(change.getKey())
              .orElseThrow(() -> SettingRefused.general("unknown", change.getKey()));
      if (change.getValue() == null) {
        changed.remove(setting);
      } else {
        changed.put(setting, setting.read(change.getValue()));
      }
    }
    return new SettingValues(changed).checkedTogether();
  }

  /**
   * Refuses values that make no sense together: registration must open before it closes, and
   * submitted delegations may change until the late-change deadline, not before registration closes
   * ({@code settings.registration-window}, with the three numbers of days).
   */
  private SettingValues checkedTogether() {
    java.time.Duration opens = get(Setting.REGISTRATION_OPENS);
    java.time.Duration closes = get(Setting.REGISTRATION_CLOSES);
    java.time.Duration lateChanges = get(Setting.REGISTRATION_LATE_CHANGES);
    if (opens.compareTo(closes) <= 0 || lateChanges.compareTo(closes) > 0) {
      throw SettingRefused.general(
          "registration-window", opens.toDays(), closes.toDays(), lateChanges.toDays());
    }
    return this;
  }

  /** The settings whose value differs between these values and others (in catalog order). */
  public java.util.List<Setting<?>> differencesFrom(SettingValues other) {
    return Setting.ALL.stream()
        .filter(s -> !get(s).equals(other.get(s)) || isSet(s) != other.isSet(s))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static <T> T castTo(Setting<T> setting, Object value) {
    return (T) value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SettingValues values && values.set.equals(set);
  }

  @Override
  public int hashCode() {
    return set.hashCode();
  }

  @Override
  public String toString() {
    return encode().toString();
  }
}
