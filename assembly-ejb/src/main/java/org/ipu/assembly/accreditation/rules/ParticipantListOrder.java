package org.ipu.assembly.accreditation.rules;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.registration.rules.ListConsent;

/**
 * The order of the list of participants as the IPU publishes it: delegations by name in the list's
 * language (that language's alphabetical order), and within a delegation the head first, then the
 * members of parliament, then the other categories in their order (advisers, secretaries of the
 * delegation, accompanying persons), each by family name and given names. And who is in it: only
 * those whose consent covers the list's audience.
 */
public final class ParticipantListOrder {

  private ParticipantListOrder() {}

  /** Whether a participant who gave {@code consent} is in the list read by {@code audience}. */
  public static boolean listed(ListConsent consent, ListConsent audience) {
    return consent != null && consent.covers(audience);
  }

  /** The participants of one delegation in the list's order, names compared in {@code language}. */
  public static List<ListedParticipant> participants(
      List<ListedParticipant> participants, Locale language) {
    Collator names = collator(language);
    Comparator<ListedParticipant> order =
        Comparator.comparing((ListedParticipant p) -> !p.head())
            .thenComparing(ListedParticipant::category)
            .thenComparing(ListedParticipant::familyName, names)
            .thenComparing(ListedParticipant::givenNames, names);
    List<ListedParticipant> sorted = new ArrayList<>(participants);
    sorted.sort(order);
    return sorted;
  }

  /**
   * The delegations by name in {@code language}, each with its participants in order; a delegation
   * with nobody listed is left out.
   */
  public static List<ListedDelegation> delegations(
      List<ListedDelegation> delegations, Locale language) {
    Collator names = collator(language);
    return delegations.stream()
        .filter(d -> !d.participants().isEmpty())
        .map(
            d ->
                new ListedDelegation(
                    d.name(), d.countryCode(), participants(d.participants(), language)))
        .sorted(Comparator.comparing(ListedDelegation::name, names))
        .toList();
  }

  private static Collator collator(Locale language) {
    Collator collator = Collator.getInstance(language);
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }
}
