package org.ipu.assembly.platform.settings.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A population table: rows {@code {"fromPersons", "bonus"}}, the first from 0, lower bounds
 * strictly increasing, bonuses never decreasing (a larger population never gets fewer votes).
 * Problems: {@code invalid} (not such rows, or numbers out of bounds; arguments: the bounds),
 * {@code first-bracket}, {@code not-increasing} and {@code bonus-decreasing} (argument: the row,
 * from 1).
 */
public record PopulationTableType(int maxRows, long maxPersons, int maxBonus)
    implements SettingType<List<PopulationStep>> {

  @Override
  public List<String> problems() {
    return List.of("invalid", "first-bracket", "not-increasing", "bonus-decreasing");
  }

  @Override
  public String name() {
    return "population-table";
  }

  @Override
  public List<PopulationStep> read(String key, Object given) {
    if (!(given instanceof List<?> rows) || rows.size() > maxRows) {
      throw invalid(key);
    }
    List<PopulationStep> steps = new ArrayList<>();
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> fields)) {
        throw invalid(key);
      }
      Long from = WholeNumberType.wholeLong(fields.get("fromPersons"), 0, maxPersons);
      Integer bonus = WholeNumberType.whole(fields.get("bonus"), 0, maxBonus);
      if (from == null || bonus == null) {
        throw invalid(key);
      }
      steps.add(new PopulationStep(from, bonus));
    }
    List<PopulationStep> table = List.copyOf(steps);
    check(key, table);
    return table;
  }

  @Override
  public void check(String key, List<PopulationStep> table) {
    if (table == null || table.size() > maxRows) {
      throw invalid(key);
    }
    for (PopulationStep step : table) {
      if (step == null
          || step.fromPersons() < 0
          || step.fromPersons() > maxPersons
          || step.bonus() < 0
          || step.bonus() > maxBonus) {
        throw invalid(key);
      }
    }
    if (table.isEmpty() || table.get(0).fromPersons() != 0) {
      throw new SettingRefused(key, "first-bracket");
    }
    for (int i = 1; i < table.size(); i++) {
      if (table.get(i).fromPersons() <= table.get(i - 1).fromPersons()) {
        throw new SettingRefused(key, "not-increasing", i + 1);
      }
      if (table.get(i).bonus() < table.get(i - 1).bonus()) {
        throw new SettingRefused(key, "bonus-decreasing", i + 1);
      }
    }
  }

  @Override
  public Object shown(List<PopulationStep> table) {
    return table.stream()
        .map(
            step ->
                Map.<String, Object>of("fromPersons", step.fromPersons(), "bonus", step.bonus()))
        .toList();
  }

  /** {@code fromPersons:bonus,...}, lowest first (the form V2 stored). */
  @Override
  public String encode(List<PopulationStep> table) {
    return table.stream()
        .map(step -> step.fromPersons() + ":" + step.bonus())
        .collect(Collectors.joining(","));
  }

  @Override
  public List<PopulationStep> decode(String key, String stored) {
    List<PopulationStep> table = new ArrayList<>();
    try {
      for (String pair : stored.split(",")) {
        String[] parts = pair.trim().split(":");
        if (parts.length != 2) {
          throw invalid(key);
        }
        table.add(
            new PopulationStep(Long.parseLong(parts[0].trim()), Integer.parseInt(parts[1].trim())));
      }
    } catch (NumberFormatException notNumbers) {
      throw invalid(key);
    }
    List<PopulationStep> decoded = List.copyOf(table);
    check(key, decoded);
    return decoded;
  }

  private SettingRefused invalid(String key) {
    return new SettingRefused(key, "invalid", maxRows, maxPersons, maxBonus);
  }
}
