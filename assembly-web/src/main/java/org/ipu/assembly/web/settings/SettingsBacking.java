package org.ipu.assembly.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.boundary.SettingsChange;
import org.ipu.assembly.platform.settings.boundary.SettingsSnapshot;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/settings.xhtml}: the current Assembly's settings, one field per setting of the
 * catalog, grouped. Saving sends only what was changed, with the version the page was loaded on;
 * when another officer saved meanwhile nothing is saved, the entries stay on the page, and each
 * field another officer changed shows the value now stored; saving again applies them.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssemblySettings settings;
  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  private long assemblyId;
  private long version;
  private String changedBy;
  private String changedAt;
  private final List<SettingField> fields = new ArrayList<>();

  @PostConstruct
  void load() {
    assemblyId = roster.requireCurrentSession().getId();
    for (Setting<?> setting : Setting.ALL) {
      Object shownDefault = setting.shown(setting.defaultValue());
      fields.add(
          new SettingField(
              setting.key(),
              setting.type().name(),
              canonicalShown(shownDefault),
              SettingField.canonical(shownDefault)));
    }
    show(settings.snapshot(assemblyId));
  }

  private void show(SettingsSnapshot snapshot) {
    version = snapshot.version();
    changedBy = snapshot.changedBy();
    changedAt = snapshot.changedAt() == null ? null : snapshot.changedAt().toString();
    for (SettingField field : fields) {
      Setting<?> setting = Setting.byKey(field.key).orElseThrow();
      field.show(setting.shown(snapshot.values().get(setting)), snapshot.values().isSet(setting));
      field.storedMeanwhile = null;
    }
  }

  /** Saves what was changed on the version loaded. */
  public void save() {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (SettingField field : fields) {
      Object entered = field.entered();
      if (field.backToDefault && SettingField.canonical(entered).equals(field.defaultCanonical)) {
        changes.put(field.key, null);
      } else if (!SettingField.canonical(entered).equals(field.loaded)) {
        changes.put(field.key, entered);
      }
    }
    if (changes.isEmpty()) {
      language.inform("settings.unchanged");
      return;
    }
    try {
      show(settings.change(assemblyId, new SettingsChange(version, changes)));
      language.inform("settings.saved");
    } catch (AssemblyException refused) {
      if (refused.getKind() == AssemblyException.Kind.CONFLICT) {
        keepEntriesAndShowWhatChanged();
      }
      language.refuse(refused);
    }
  }

  /**
   * Another officer saved meanwhile: what this officer entered stays; a setting they did not touch
   * takes the value now stored; each setting the other officer changed shows that value; the
   * version moves on, so saving again applies both changes.
   */
  private void keepEntriesAndShowWhatChanged() {
    SettingsSnapshot now = settings.snapshot(assemblyId);
    version = now.version();
    changedBy = now.changedBy();
    changedAt = now.changedAt() == null ? null : now.changedAt().toString();
    for (SettingField field : fields) {
      Setting<?> setting = Setting.byKey(field.key).orElseThrow();
      Object shown = setting.shown(now.values().get(setting));
      String stored = SettingField.canonical(shown);
      boolean untouched =
          !field.backToDefault && SettingField.canonical(field.entered()).equals(field.loaded);
      if (!stored.equals(field.loaded)) {
        field.storedMeanwhile = canonicalShown(shown);
        if (untouched) {
          field.show(shown, now.values().isSet(setting));
        }
      }
      field.loaded = stored;
      field.set = now.values().isSet(setting);
    }
  }

  /** Puts the field back to its default (saved with the next save). */
  public void backToDefault(SettingField field) {
    Setting<?> setting = Setting.byKey(field.key).orElseThrow();
    String loaded = field.loaded;
    boolean wasSet = field.set;
    field.show(setting.shown(setting.defaultValue()), wasSet);
    field.loaded = loaded;
    field.backToDefault = true;
  }

  public void addRow(SettingField field) {
    field.rows.add(new SettingField.Row("", ""));
  }

  public void removeRow(SettingField field, SettingField.Row row) {
    field.rows.remove(row);
  }

  /** The groups of settings, in catalog order. */
  public List<String> getGroups() {
    return Setting.ALL.stream().map(Setting::group).distinct().toList();
  }

  public List<SettingField> fieldsOf(String group) {
    return fields.stream().filter(f -> f.key.startsWith(group + ".")).toList();
  }

  public long getVersion() {
    return version;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getChangedAt() {
    return changedAt;
  }

  /** A value as the page shows it: numbers plainly, a table as its rows {@code from +bonus}. */
  private String canonicalShown(Object shaped) {
    if (shaped instanceof List<?> rows) {
      List<String> shown = new ArrayList<>();
      for (Object row : rows) {
        Map<?, ?> fields = (Map<?, ?>) row;
        shown.add(
            language
                .getCurrent()
                .text("settings.table.row", fields.get("fromPersons"), fields.get("bonus")));
      }
      return String.join("; ", shown);
    }
    return SettingField.canonical(shaped);
  }
}
