package org.ipu.assembly.voting.rules;

/**
 * What the vote allocation needs to know about one delegation at one Assembly.
 *
 * @param status the parliament's standing in the IPU
 * @param suspended whether the Member is suspended for arrears (Statutes Art. 5)
 * @param genderSanction whether the gender sanction applies at this Assembly
 * @param population population figure used for this Assembly, in persons
 * @param delegatesPresent delegates present in person and checked in (there are no proxies)
 */
public record DelegationFacts(
    Standing status,
    boolean suspended,
    boolean genderSanction,
    long population,
    int delegatesPresent) {

  public DelegationFacts {
    Checks.notNull(status, "status");
    Checks.notNegative(population, "population");
    Checks.notNegative(delegatesPresent, "delegatesPresent");
  }

  /** A Member Parliament in good standing, without gender sanction. */
  public static DelegationFacts member(long population, int delegatesPresent) {
    return new DelegationFacts(Standing.MEMBER, false, false, population, delegatesPresent);
  }
}
