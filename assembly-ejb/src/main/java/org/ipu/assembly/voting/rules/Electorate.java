package org.ipu.assembly.voting.rules;

import java.util.Collection;

/**
 * The Members with a vote at this Assembly, present or not: the base of an absolute majority and of
 * a quorum.
 *
 * @param delegations Members with a positive entitlement
 * @param entitlements sum of their entitlements (not of their usable votes)
 */
public record Electorate(int delegations, int entitlements) {

  public Electorate {
    Checks.notNegative(delegations, "delegations");
    Checks.notNegative(entitlements, "entitlements");
    if (entitlements < delegations) {
      throw new IllegalArgumentException(
          "entitlements "
              + entitlements
              + " below delegations "
              + delegations
              + ": each counted delegation has at least one vote");
    }
  }

  /** The electorate of the given delegations: those whose entitlement is positive. */
  public static Electorate of(Collection<Entitlement> entitlements) {
    int delegations = 0;
    int sum = 0;
    for (Entitlement entitlement : Checks.noNulls(entitlements, "entitlements")) {
      if (entitlement.entitlement() > 0) {
        delegations++;
        sum = Checks.sum(sum, entitlement.entitlement(), "entitlements");
      }
    }
    return new Electorate(delegations, sum);
  }
}
