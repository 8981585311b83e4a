package org.ipu.assembly.web.settings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One setting on the settings page: what is entered, what was loaded, its default. */
public final class SettingField implements Serializable {

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

  final String key;
  private final String type;
  private final String defaultShown;
  final String defaultCanonical;
  private String value;
  List<Row> rows = new ArrayList<>();
  String loaded;
  boolean set;
  boolean backToDefault;
  String storedMeanwhile;

  SettingField(String key, String type, String defaultShown, String defaultCanonical) {
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

  /** Thousands grouped with commas (1,000,000); a decimal comma (12,5) is not one. */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");

  /**
   * A number as typed, exactly (so 12.5 is refused, not rounded; spaces and grouping commas between
   * thousands are allowed), or the text as typed for the server to refuse.
   */
  static Object number(String typed) {
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
}
