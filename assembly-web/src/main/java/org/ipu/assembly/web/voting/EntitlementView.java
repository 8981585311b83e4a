package org.ipu.assembly.web.voting;

import java.util.Locale;
import org.ipu.assembly.voting.control.DelegationEntitlement;
import org.ipu.assembly.voting.rules.Entitlement;

/**
 * A parliament's votes and why: the minimum, the population bonus (and the bracket's lower bound in
 * persons), the votes removed by the gender sanction, the right to vote at all, and the usable
 * votes with the delegates present now.
 */
public record EntitlementView(
    long parliamentId,
    String countryCode,
    String name,
    String status,
    String votingRight,
    long population,
    int minimumVotes,
    int populationBonus,
    Long bracketFrom,
    int votesRemovedBySanction,
    int entitlement,
    int delegatesPresent,
    int usableVotes,
    boolean cappedByPresence) {

  static EntitlementView of(DelegationEntitlement d, Locale locale) {
    Entitlement e = d.entitlement();
    var m = d.membership();
    return new EntitlementView(
        m.getParliament().getId(),
        m.getParliament().getCountryCode(),
        m.getParliament().name(locale),
        m.getStatus().name(),
        e.votingRight().name(),
        m.getPopulation(),
        e.minimumVotes(),
        e.populationBonus(),
        e.populationBracket().map(b -> b.lowerBoundPersons()).orElse(null),
        e.votesRemovedBySanction(),
        e.entitlement(),
        e.delegatesPresent(),
        e.usableVotes(),
        e.cappedByPresence());
  }
}
