package org.ipu.assembly.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

  /** One row of a population table, as typed (text, so that the server judges every entry). */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String fromPersons;
    private String bonus;

    Row(String fromPersons, String bonus) {
      this.fromPersons = fromPersons;
      this.bonus = bonus;
    }

    public String getFromPersons() {
      return fromPersons;
    }

    public void setFromPersons(String fromPersons) {
      this.fromPersons = fromPersons;
    }

    public String getBonus() {
      return bonus;
    }

    public void setBonus(String bonus) {
      this.bonus = bonus;
    }
  }

  /** One setting on the page: what is entered, what was loaded, its default. */
  public static final class Field implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String type;
    private final String defaultShown;
    private final String defaultCanonical;
    private String value;
    private List<Row> rows = new ArrayList<>();
    private String loaded;
    private boolean set;
    private boolean backToDefault;
    private String storedMeanwhile;

    Field(String key, String type, String defaultShown, String defaultCanonical) {
      this.key = key;
      this.type = type;
      this.defaultShown = defaultShown;
      this.defaultCanonical = defaultCanonical;
    }

    public String getKey() {
      return key;
    }

    public String getType() {
      return type;
    }

    public boolean isTable() {
      return "population-table".equals(type);
    }

    public String getDefaultShown() {
      return defaultShown;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public List<Row> getRows() {
      return rows;
    }

    public boolean isSet() {
      return set;
    }

    /** After another officer saved meanwhile: the value now stored, if they changed this one. */
    public String getStoredMeanwhile() {
      return storedMeanwhile;
    }

    /** What is entered, in JSON's shapes, as the API takes it. */
    Object entered() {
      if (isTable()) {
        List<Map<String, Object>> table = new ArrayList<>();
        for (Row row : rows) {
          Map<String, Object> shaped = new HashMap<>();
          shaped.put("fromPersons", number(row.fromPersons));
          shaped.put("bonus", number(row.bonus));
          table.add(shaped);
        }
        return table;
      }
      return number(value);
    }

    void show(Object shown, boolean isSet) {
      set = isSet;
      backToDefault = false;
      loaded = canonical(shown);
      if (isTable()) {
        rows = new ArrayList<>();
        for (Object row : (List<?>) shown) {
          Map<?, ?> fields = (Map<?, ?>) row;
          rows.add(new Row(fields.get("fromPersons").toString(), fields.get("bonus").toString()));
        }
      } else {
        value = shown.toString();
      }
    }
  }

  @Inject private AssemblySettings settings;
  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  private long assemblyId;
  private long version;
  private String changedBy;
  private String changedAt;
  private final List<Field> fields = new ArrayList<>();

  @PostConstruct
  void load() {
    assemblyId =
        roster
            .currentSession()
            .orElseThrow(() -> AssemblyException.notFound("session.none"))
            .getId();
    for (Setting<?> setting : Setting.ALL) {
      Object shownDefault = setting.shown(setting.defaultValue());
      fields.add(
          new Field(
              setting.key(),
              setting.type().name(),
              canonicalShown(shownDefault),
              canonical(shownDefault)));
    }
    show(settings.snapshot(assemblyId));
  }

  private void show(SettingsSnapshot snapshot) {
    version = snapshot.version();
    changedBy = snapshot.changedBy();
    changedAt = snapshot.changedAt() == null ? null : snapshot.changedAt().toString();
    for (Field field : fields) {
      Setting<?> setting = Setting.byKey(field.key).orElseThrow();
      field.show(setting.shown(snapshot.values().get(setting)), snapshot.values().isSet(setting));
      field.storedMeanwhile = null;
    }
  }

  /** Saves what was changed on the version loaded. */
  public void save() {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (Field field : fields) {
      Object entered = field.entered();
      if (field.backToDefault && canonical(entered).equals(field.defaultCanonical)) {
        changes.put(field.key, null);
      } else if (!canonical(entered).equals(field.loaded)) {
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

  /** Another officer saved meanwhile: the entries stay; the version and stored values move on. */
  private void keepEntriesAndShowWhatChanged() {
    SettingsSnapshot now = settings.snapshot(assemblyId);
    version = now.version();
    changedBy = now.changedBy();
    changedAt = now.changedAt() == null ? null : now.changedAt().toString();
    for (Field field : fields) {
      Setting<?> setting = Setting.byKey(field.key).orElseThrow();
      String stored = canonical(setting.shown(now.values().get(setting)));
      if (!stored.equals(field.loaded)) {
        field.storedMeanwhile = canonicalShown(setting.shown(now.values().get(setting)));
      }
      field.loaded = stored;
      field.set = now.values().isSet(setting);
    }
  }

  /** Puts the field back to its default (saved with the next save). */
  public void backToDefault(Field field) {
    Setting<?> setting = Setting.byKey(field.key).orElseThrow();
    String loaded = field.loaded;
    boolean wasSet = field.set;
    field.show(setting.shown(setting.defaultValue()), wasSet);
    field.loaded = loaded;
    field.backToDefault = true;
  }

  public void addRow(Field field) {
    field.rows.add(new Row("", ""));
  }

  public void removeRow(Field field, Row row) {
    field.rows.remove(row);
  }

  /** The groups of settings, in catalog order. */
  public List<String> getGroups() {
    return Setting.ALL.stream().map(Setting::group).distinct().toList();
  }

  public List<Field> fieldsOf(String group) {
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

  /** Thousands grouped with commas (1,000,000); a decimal comma (12,5) is not one. */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");

  /**
   * A number as typed, exactly (so 12.5 is refused, not rounded; spaces and grouping commas between
   * thousands are allowed), or the text as typed for the server to refuse.
   */
  private static Object number(String typed) {
    if (typed == null || typed.isBlank()) {
      return typed == null ? "" : typed;
    }
    String digits = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    if (GROUPED.matcher(digits).matches()) {
      digits = digits.replace(",", "");
    }
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException notANumber) {
      return typed;
    }
  }

  /** A value in JSON's shapes as comparable text: numbers exact, tables row by row. */
  static String canonical(Object shaped) {
    if (shaped instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (shaped instanceof List<?> rows) {
      StringBuilder text = new StringBuilder();
      for (Object row : rows) {
        Map<?, ?> fields = (Map<?, ?>) row;
        text.append(canonical(fields.get("fromPersons")))
            .append(':')
            .append(canonical(fields.get("bonus")))
            .append(';');
      }
      return text.toString();
    }
    return String.valueOf(shaped);
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
    return canonical(shaped);
  }
}
