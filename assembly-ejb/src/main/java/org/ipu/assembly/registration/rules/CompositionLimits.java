package org.ipu.assembly.registration.rules;

/**
 * The numbers of the composition rules for one Assembly (Statutes: 8 delegates, 10 from a
 * population of 100 million, one fewer under the gender sanction, 2 for an observer).
 *
 * @param delegates the most delegates (members of parliament) a Member sends
 * @param delegatesLargePopulation the most from a population of {@code largePopulation} on
 * @param largePopulation the population from which the larger limit applies (inclusive)
 * @param observerDelegates the most delegates an observer sends
 * @param genderSanctionCut how many fewer delegates a Member under the gender sanction sends
 */
public record CompositionLimits(
    int delegates,
    int delegatesLargePopulation,
    long largePopulation,
    int observerDelegates,
    int genderSanctionCut) {

  public CompositionLimits {
    if (delegates < 1 || delegatesLargePopulation < 1 || observerDelegates < 0) {
      throw new IllegalArgumentException("a delegation limit is positive");
    }
    if (largePopulation < 0 || genderSanctionCut < 0) {
      throw new IllegalArgumentException("population and sanction cannot be negative");
    }
  }

  /** The most delegates this delegation may register. */
  public int delegateLimit(DelegationFacts delegation) {
    if (delegation.observer()) {
      return observerDelegates;
    }
    int limit = delegation.population() >= largePopulation ? delegatesLargePopulation : delegates;
    return Math.max(0, limit - (delegation.genderSanction() ? genderSanctionCut : 0));
  }
}
