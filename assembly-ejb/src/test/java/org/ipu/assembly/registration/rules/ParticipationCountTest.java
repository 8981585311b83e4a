package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipu.assembly.registration.rules.Gender.FEMALE;
import static org.ipu.assembly.registration.rules.Gender.MALE;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ACCOMPANYING_PERSON;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ADVISER;
import static org.ipu.assembly.registration.rules.ParticipantCategory.MEMBER_OF_PARLIAMENT;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What is kept of a delegation once its participants' personal data is deleted. */
class ParticipationCountTest {

  private static ParticipationCount.Counted mp(Gender gender, boolean young) {
    return new ParticipationCount.Counted(MEMBER_OF_PARLIAMENT, gender, young);
  }

  @Test
  void countsByCategoryThenGenderWithTheYoungParliamentarians() {
    List<ParticipationCount> counts =
        ParticipationCount.of(
            List.of(
                new ParticipationCount.Counted(ADVISER, FEMALE, false),
                mp(MALE, true),
                mp(FEMALE, false),
                mp(MALE, false),
                mp(MALE, true),
                new ParticipationCount.Counted(ADVISER, FEMALE, false)));

    assertThat(counts)
        .containsExactly(
            new ParticipationCount(MEMBER_OF_PARLIAMENT, FEMALE, 1, 0),
            new ParticipationCount(MEMBER_OF_PARLIAMENT, MALE, 3, 2),
            new ParticipationCount(ADVISER, FEMALE, 2, 0));
  }

  @Test
  void nobodyCountsNothing() {
    assertThat(ParticipationCount.of(List.of())).isEmpty();
    assertThat(ParticipationCount.delegateGenders(List.of())).isEmpty();
  }

  @Test
  void onlyMembersOfParliamentAreYoungParliamentarians() {
    assertThatThrownBy(() -> new ParticipationCount.Counted(ADVISER, MALE, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParticipationCount(ACCOMPANYING_PERSON, MALE, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParticipationCount(MEMBER_OF_PARLIAMENT, MALE, 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParticipationCount(MEMBER_OF_PARLIAMENT, MALE, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDelegatesGendersIgnoreTheOtherCategories() {
    List<ParticipationCount> counts =
        List.of(
            new ParticipationCount(MEMBER_OF_PARLIAMENT, MALE, 3, 0),
            new ParticipationCount(ADVISER, FEMALE, 2, 0));
    assertThat(ParticipationCount.delegateGenders(counts)).containsExactly(MALE);
    assertThat(Attendance.of(ParticipationCount.delegateGenders(counts)))
        .isEqualTo(Attendance.SINGLE_SEX);
  }

  /** The gender sanction reads the same from the counts as from the people they were made of. */
  @Property
  void theCountsGiveTheSameAttendanceAsTheParticipants(
      @ForAll("delegations") List<ParticipationCount.Counted> participants) {
    List<Gender> delegates =
        participants.stream()
            .filter(p -> p.category().isDelegate())
            .map(ParticipationCount.Counted::gender)
            .toList();
    List<ParticipationCount> counts = ParticipationCount.of(participants);

    assertThat(Attendance.of(ParticipationCount.delegateGenders(counts)))
        .isEqualTo(Attendance.of(delegates));
    assertThat(counts.stream().mapToInt(ParticipationCount::participants).sum())
        .isEqualTo(participants.size());
    assertThat(counts.stream().mapToInt(ParticipationCount::young).sum())
        .isEqualTo((int) participants.stream().filter(ParticipationCount.Counted::young).count());
  }

  @Provide
  Arbitrary<List<ParticipationCount.Counted>> delegations() {
    Arbitrary<ParticipationCount.Counted> participant =
        Combinators.combine(
                Arbitraries.of(ParticipantCategory.class),
                Arbitraries.of(Gender.class),
                Arbitraries.of(true, false))
            .as((c, g, y) -> new ParticipationCount.Counted(c, g, y && c.isDelegate()));
    return participant.list().ofMaxSize(20);
  }
}
