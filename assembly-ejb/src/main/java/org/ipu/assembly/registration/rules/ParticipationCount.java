package org.ipu.assembly.registration.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Anonymous statistics of one delegation, what is kept once its participants' personal data is
 * deleted: how many participants of one category and gender it had, and how many of them were young
 * parliamentarians. Enough for the statistics of participation and for the gender sanction.
 *
 * @param participants at least one
 * @param young the young parliamentarians among them (members of parliament only)
 */
public record ParticipationCount(
    ParticipantCategory category, Gender gender, int participants, int young) {

  /** One participant as counted: nothing that names the person. */
  public record Counted(ParticipantCategory category, Gender gender, boolean young) {

    public Counted {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(gender, "gender");
      if (young && !category.isDelegate()) {
        throw new IllegalArgumentException(
            "only a member of parliament is a young parliamentarian");
      }
    }
  }

  public ParticipationCount {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(gender, "gender");
    if (participants < 1 || young < 0 || young > participants) {
      throw new IllegalArgumentException("counts out of range");
    }
    if (young > 0 && !category.isDelegate()) {
      throw new IllegalArgumentException("only members of parliament are young parliamentarians");
    }
  }

  /** The counts of a delegation's participants, by category then gender. */
  public static List<ParticipationCount> of(Collection<Counted> participants) {
    List<ParticipationCount> counts = new ArrayList<>();
    for (ParticipantCategory category : ParticipantCategory.values()) {
      for (Gender gender : Gender.values()) {
        List<Counted> these =
            participants.stream()
                .filter(p -> p.category() == category && p.gender() == gender)
                .toList();
        if (!these.isEmpty()) {
          counts.add(
              new ParticipationCount(
                  category,
                  gender,
                  these.size(),
                  (int) these.stream().filter(Counted::young).count()));
        }
      }
    }
    return List.copyOf(counts);
  }

  /**
   * The genders of the delegates (members of parliament) counted: what the gender sanction sees.
   */
  public static Set<Gender> delegateGenders(Collection<ParticipationCount> counts) {
    Set<Gender> genders = EnumSet.noneOf(Gender.class);
    counts.stream().filter(c -> c.category().isDelegate()).forEach(c -> genders.add(c.gender()));
    return genders;
  }
}
