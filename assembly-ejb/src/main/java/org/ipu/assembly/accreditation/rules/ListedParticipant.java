package org.ipu.assembly.accreditation.rules;

import java.util.Objects;
import org.ipu.assembly.registration.rules.ParticipantCategory;

/**
 * A participant as the list of participants shows them: title, names, category and whether they
 * head their delegation. Nothing else of their personal data.
 *
 * @param title e.g. "Hon." (null if none)
 */
public record ListedParticipant(
    String title,
    String givenNames,
    String familyName,
    ParticipantCategory category,
    boolean head) {

  public ListedParticipant {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenNames, "givenNames");
    Objects.requireNonNull(category, "category");
  }

  /** "Hon. Claire Martin": title, given names, family name. */
  public String name() {
    String name = givenNames + " " + familyName;
    return title == null || title.isBlank() ? name : title + " " + name;
  }
}
