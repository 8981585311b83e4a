package org.ipu.assembly.platform.settings.boundary;

import java.time.LocalDateTime;
import org.ipu.assembly.platform.settings.rules.SettingValues;

/**
 * An Assembly's settings as stored now: {@code version} 0 while nothing was ever set, then
 * increasing with each change; a change must name the version it was made on.
 *
 * @param changedBy who changed them last, or null
 * @param changedAt when (UTC), or null
 */
public record SettingsSnapshot(
    long assemblyId,
    long version,
    String changedBy,
    LocalDateTime changedAt,
    SettingValues values) {}
