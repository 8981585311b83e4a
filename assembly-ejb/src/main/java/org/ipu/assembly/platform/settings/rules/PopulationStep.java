package org.ipu.assembly.platform.settings.rules;

/**
 * One row of a population table: from {@code fromPersons} (inclusive) up to the next row, a Member
 * gets {@code bonus} votes on top of the minimum (Statutes Art. 15).
 */
public record PopulationStep(long fromPersons, int bonus) {

  /** A row starting at a whole number of millions, as the IPU prints its table. */
  public static PopulationStep fromMillions(long millions, int bonus) {
    return new PopulationStep(Math.multiplyExact(millions, 1_000_000L), bonus);
  }
}
