package org.ipu.assembly.sideevents.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipu.assembly.sideevents.rules.Equipment;

/** Equipment as stored: names, comma-separated, in the enumeration's order. */
final class EquipmentColumn {

  private EquipmentColumn() {}

  static String encode(Set<Equipment> equipment) {
    return equipment.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static Set<Equipment> decode(String stored) {
    Set<Equipment> set = EnumSet.noneOf(Equipment.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(Equipment::valueOf).forEach(set::add);
    }
    return set;
  }
}
