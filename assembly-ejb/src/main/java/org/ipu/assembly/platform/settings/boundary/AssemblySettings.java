package org.ipu.assembly.platform.settings.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.platform.settings.entity.StoredSettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingRefused;
import org.ipu.assembly.platform.settings.rules.SettingValues;

/**
 * Each Assembly's settings: every component reads them typed ({@link #values(long)}); the
 * Secretariat reads them with their version ({@link #snapshot(long)}) and changes them ({@link
 * #change(long, SettingsChange)}; a new Assembly starts with another's, {@link #copy(long, long)}),
 * refused with {@code settings.changed-meanwhile} (409) when someone saved since that version was
 * read, so nobody's change is silently overwritten. Each change is appended to the audit chain
 * {@code assembly-settings:<id>} ({@link SettingsChanged}) in the same transaction, and fired as a
 * CDI event for the components whose figures depend on a setting.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
public class AssemblySettings {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;
  @Inject private Clock clock;

  @Inject private AuditTrail trail;
  @Inject private Event<SettingsChanged> settingsChanged;

  /** The Assembly's settings, typed: what the Secretariat set, the defaults for the rest. */
  @PermitAll
  public SettingValues values(long assemblyId) {
    return stored(assemblyId)
        .map(s -> SettingValues.decode(s.values()))
        .orElse(SettingValues.defaults());
  }

  /** The Assembly's settings with their version and last change (Secretariat). */
  @RolesAllowed(SECRETARIAT)
  public SettingsSnapshot snapshot(long assemblyId) {
    return stored(assemblyId)
        .map(AssemblySettings::snapshotOf)
        .orElseGet(() -> snapshotOfNothing(assemblyId));
  }

  /**
   * Applies the change if it was made on the version stored now, checking every value (a bad one
   * refuses the whole change with its setting's code, nothing is saved). A change that changes
   * nothing saves nothing.
   */
  @RolesAllowed(SECRETARIAT)
  public SettingsSnapshot change(long assemblyId, SettingsChange change) {
    if (change == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    long expected = change.expectedVersion();
    Optional<StoredSettings> found = stored(assemblyId);
    SettingsSnapshot before =
        found.map(AssemblySettings::snapshotOf).orElseGet(() -> snapshotOfNothing(assemblyId));
    if (before.version() != expected) {
      throw changedMeanwhile();
    }
    SettingValues after;
    try {
      after = before.values().with(change.changes());
    } catch (SettingRefused refused) {
      throw AssemblyException.invalid(refused.code(), refused.arguments().toArray());
    }
    return save(assemblyId, found, before, after);
  }

  /**
   * A new Assembly starts with the settings another one set (the rest at their defaults), saved and
   * audited like a change; nothing if the other set none.
   */
  @RolesAllowed(SECRETARIAT)
  public void copy(long fromAssemblyId, long toAssemblyId) {
    Optional<StoredSettings> found = stored(toAssemblyId);
    SettingsSnapshot before =
        found.map(AssemblySettings::snapshotOf).orElseGet(() -> snapshotOfNothing(toAssemblyId));
    save(toAssemblyId, found, before, values(fromAssemblyId));
  }

  /**
   * Saves the values that differ from {@code before} and appends them to the Assembly's settings
   * chain; a change that changes nothing saves nothing.
   */
  private SettingsSnapshot save(
      long assemblyId,
      Optional<StoredSettings> found,
      SettingsSnapshot before,
      SettingValues after) {
    List<Setting<?>> changed = after.differencesFrom(before.values());
    if (changed.isEmpty()) {
      return before;
    }
    StoredSettings settings = found.orElseGet(() -> new StoredSettings(assemblyId));
    settings.change(after.encode(), callerName(), Timestamps.now(clock));
    try {
      if (found.isEmpty()) {
        em.persist(settings);
      }
      em.flush();
    } catch (PersistenceException raced) {
      if (raced instanceof OptimisticLockException || duplicate(raced)) {
        throw changedMeanwhile();
      }
      throw raced;
    }
    SettingsChanged change =
        new SettingsChanged(
            assemblyId,
            settings.getVersion(),
            changed.stream()
                .map(
                    setting ->
                        new SettingsChanged.Change(
                            setting.key(),
                            storedText(before.values(), setting),
                            storedText(after, setting)))
                .toList());
    trail.append(SettingsChanged.subject(assemblyId), SettingsChanged.KIND, change);
    settingsChanged.fire(change);
    return snapshotOf(settings);
  }

  /** The setting's stored text, or null when it is at its default. */
  private static String storedText(SettingValues values, Setting<?> setting) {
    return values.isSet(setting) ? setting.encode(values.get(setting)) : null;
  }

  private Optional<StoredSettings> stored(long assemblyId) {
    return em.createNamedQuery(StoredSettings.OF_ASSEMBLY, StoredSettings.class)
        .setParameter("assembly", assemblyId)
        .getResultStream()
        .findFirst();
  }

  private static SettingsSnapshot snapshotOf(StoredSettings stored) {
    return new SettingsSnapshot(
        stored.getAssemblyId(),
        stored.getVersion(),
        stored.getChangedBy(),
        stored.getChangedAt(),
        SettingValues.decode(stored.values()));
  }

  private static SettingsSnapshot snapshotOfNothing(long assemblyId) {
    return new SettingsSnapshot(assemblyId, 0, null, null, SettingValues.defaults());
  }

  /**
   * 409: someone saved since the version the change was made on (seen before saving, or by the
   * version check when both saved at once). Nothing of this change is kept.
   */
  private static AssemblyException changedMeanwhile() {
    return AssemblyException.conflict("settings.changed-meanwhile");
  }

  private static boolean duplicate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private String callerName() {
    return context.getCallerPrincipal().getName();
  }
}
