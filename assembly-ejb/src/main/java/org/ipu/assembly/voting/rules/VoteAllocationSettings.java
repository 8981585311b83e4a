package org.ipu.assembly.voting.rules;

import java.util.List;

/**
 * Per-Assembly settings for weighting the votes of Member Parliaments (Statutes Art. 15). Built
 * from the Assembly's settings (their defaults, the Statutes' values, live in {@code
 * platform.settings}).
 *
 * @param minimumVotes votes every voting Member has before the population bonus (10 in the current
 *     Statutes)
 * @param populationBrackets population table, sorted by strictly increasing lower bound, the first
 *     starting at 0; the last bracket is open-ended
 * @param genderSanctionVotes votes removed from a Member under the gender sanction (a delegation of
 *     one sex only at three consecutive Assemblies); never takes an entitlement below zero
 * @param maxVotesPerDelegate most votes a single delegate present may cast (10)
 */
public record VoteAllocationSettings(
    int minimumVotes,
    List<PopulationBracket> populationBrackets,
    int genderSanctionVotes,
    int maxVotesPerDelegate) {

  public VoteAllocationSettings {
    Checks.notNegative(minimumVotes, "minimumVotes");
    populationBrackets = Checks.noNulls(populationBrackets, "populationBrackets");
    Checks.notNegative(genderSanctionVotes, "genderSanctionVotes");
    if (maxVotesPerDelegate <= 0) {
      throw new IllegalArgumentException(
          "maxVotesPerDelegate must be positive, was " + maxVotesPerDelegate);
    }
    if (populationBrackets.isEmpty()) {
      throw new IllegalArgumentException("populationBrackets must not be empty");
    }
    if (populationBrackets.get(0).lowerBoundPersons() != 0) {
      throw new IllegalArgumentException(
          "populationBrackets must start at 0, first starts at "
              + populationBrackets.get(0).lowerBoundPersons());
    }
    for (int i = 1; i < populationBrackets.size(); i++) {
      long previous = populationBrackets.get(i - 1).lowerBoundPersons();
      long current = populationBrackets.get(i).lowerBoundPersons();
      if (current <= previous) {
        throw new IllegalArgumentException(
            "populationBrackets lower bounds must strictly increase, bracket "
                + i
                + " starts at "
                + current
                + " after "
                + previous);
      }
    }
    for (PopulationBracket bracket : populationBrackets) {
      Checks.sum(minimumVotes, bracket.bonus(), "minimumVotes + bonus");
    }
  }

  /**
   * The bracket a population (persons, not negative) falls in: the last whose lower bound it
   * reaches.
   */
  public PopulationBracket bracketFor(long populationPersons) {
    Checks.notNegative(populationPersons, "populationPersons");
    PopulationBracket found = populationBrackets.get(0);
    for (PopulationBracket bracket : populationBrackets) {
      if (!bracket.admits(populationPersons)) {
        break;
      }
      found = bracket;
    }
    return found;
  }
}
