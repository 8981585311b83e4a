package org.ipu.assembly.platform.settings.boundary;

import java.util.Map;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.WholeNumber;

/**
 * What the Secretariat changes: the version the change was made on (as read), and the new values by
 * setting key in JSON's shapes; {@code null} for a key puts that setting back to its default. Keys
 * not named keep their values.
 */
public record SettingsChange(Number version, Map<String, Object> values) {

  /** The version, a whole number from 0; refused with {@code settings.version.required}. */
  public long expectedVersion() {
    return WholeNumber.of(version, 0, Long.MAX_VALUE)
        .orElseThrow(() -> AssemblyException.invalid("settings.version.required"));
  }

  /** The values to change; none is a change of nothing. */
  public Map<String, Object> changes() {
    return values == null ? Map.of() : values;
  }
}
