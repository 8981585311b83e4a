package org.ipu.assembly.accreditation.rules;

import java.util.List;
import java.util.Objects;

/**
 * A delegation in the list of participants: its parliament's name in the list's language and its
 * participants in the list's order ({@link ParticipantListOrder}).
 *
 * @param countryCode the parliament's ISO 3166-1 code (null for a parliament that is no country's)
 */
public record ListedDelegation(
    String name, String countryCode, List<ListedParticipant> participants) {

  public ListedDelegation {
    Objects.requireNonNull(name, "name");
    participants = List.copyOf(participants);
  }
}
