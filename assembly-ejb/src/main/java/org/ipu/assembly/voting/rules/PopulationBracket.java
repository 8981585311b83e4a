package org.ipu.assembly.voting.rules;

/**
 * One row of the population table (Statutes Art. 15): a Member whose population is at least {@code
 * lowerBoundPersons} (inclusive) and below the next bracket's lower bound receives {@code bonus}
 * votes on top of the minimum.
 *
 * <p>Bounds are whole persons ({@code long}), not millions as a {@code double}, so that a bracket
 * edge such as exactly 5,000,000 falls in the upper bracket with no rounding. {@link
 * #fromMillions(long, int)} writes the IPU's table as it is printed.
 *
 * @param lowerBoundPersons inclusive lower bound of the bracket, in persons
 * @param bonus votes added to the minimum for this bracket
 */
public record PopulationBracket(long lowerBoundPersons, int bonus) {

  private static final long PERSONS_PER_MILLION = 1_000_000L;

  public PopulationBracket {
    Checks.notNegative(lowerBoundPersons, "lowerBoundPersons");
    Checks.notNegative(bonus, "bonus");
  }

  /** A bracket starting at a whole number of millions, as in the IPU's table. */
  public static PopulationBracket fromMillions(long lowerBoundMillions, int bonus) {
    Checks.notNegative(lowerBoundMillions, "lowerBoundMillions");
    if (lowerBoundMillions > Long.MAX_VALUE / PERSONS_PER_MILLION) {
      throw new IllegalArgumentException("lowerBoundMillions is too large: " + lowerBoundMillions);
    }
    return new PopulationBracket(lowerBoundMillions * PERSONS_PER_MILLION, bonus);
  }

  /** Whether a population (persons) is at or above this bracket's lower bound. */
  public boolean admits(long populationPersons) {
    return populationPersons >= lowerBoundPersons;
  }
}
