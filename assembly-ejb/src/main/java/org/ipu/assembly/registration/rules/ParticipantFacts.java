package org.ipu.assembly.registration.rules;

import java.util.Objects;

/** What the composition rules need to know of one registered participant. */
public record ParticipantFacts(ParticipantCategory category, Gender gender, boolean head) {

  public ParticipantFacts {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(gender, "gender");
  }
}
