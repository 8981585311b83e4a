package org.ipu.assembly.platform.settings.boundary;

import java.util.List;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;

/**
 * The audit entry of a change to an Assembly's settings (chain {@code assembly-settings:<id>}): the
 * version it made and each setting changed, as stored text before and after ({@code null}: the
 * default). The trail records who and when.
 */
public record SettingsChanged(long assemblyId, long version, List<Change> changes) {

  public static final AuditKind<SettingsChanged> KIND =
      AuditKind.of("settings.changed", SettingsChanged.class);

  /** One setting's change; {@code null} stands for the default. */
  public record Change(String key, String before, String after) {}

  public SettingsChanged {
    changes = List.copyOf(changes);
  }

  /** The audit chain of an Assembly's settings. */
  public static AuditSubject subject(long assemblyId) {
    return AuditSubject.of("assembly-settings", assemblyId);
  }
}
