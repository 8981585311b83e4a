package org.ipu.assembly.registration.rules;

/**
 * What the composition rules need to know of the parliament a delegation belongs to.
 *
 * @param observer an observer (never votes, at most two delegates)
 * @param population the population figure used for this Assembly
 * @param genderSanction the Member is under the gender sanction at this Assembly
 * @param singleSexInARow how many of the Member's last Assemblies in a row it attended with a
 *     single-sex delegation (absences skipped)
 * @param sanctionAfter how many such Assemblies in a row bring the sanction (a setting)
 */
public record DelegationFacts(
    boolean observer,
    long population,
    boolean genderSanction,
    int singleSexInARow,
    int sanctionAfter) {

  public DelegationFacts {
    if (population < 0 || singleSexInARow < 0 || sanctionAfter < 1) {
      throw new IllegalArgumentException("negative population or streak");
    }
  }
}
