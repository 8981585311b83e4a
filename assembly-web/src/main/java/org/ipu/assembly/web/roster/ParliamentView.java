package org.ipu.assembly.web.roster;

import java.util.List;
import java.util.Locale;
import org.ipu.assembly.roster.entity.Membership;

/**
 * A parliament's standing at the current Assembly, as the API shows it; a change to it names {@code
 * version}.
 */
public record ParliamentView(
    long id,
    String countryCode,
    String name,
    String status,
    boolean suspended,
    String suspensionReason,
    long population,
    List<String> groups,
    long version) {

  static ParliamentView of(Membership membership, Locale locale) {
    var parliament = membership.getParliament();
    return new ParliamentView(
        parliament.getId(),
        parliament.getCountryCode(),
        parliament.name(locale),
        membership.getStatus().name(),
        membership.isSuspended(),
        membership.getSuspensionReason(),
        membership.getPopulation(),
        membership.getGroups().stream().map(Enum::name).sorted().toList(),
        membership.getVersion());
  }
}
