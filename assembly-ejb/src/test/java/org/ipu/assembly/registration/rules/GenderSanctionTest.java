package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipu.assembly.registration.rules.Attendance.ABSENT;
import static org.ipu.assembly.registration.rules.Attendance.MIXED;
import static org.ipu.assembly.registration.rules.Attendance.SINGLE_SEX;
import static org.ipu.assembly.registration.rules.Gender.FEMALE;
import static org.ipu.assembly.registration.rules.Gender.MALE;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The derived gender sanction and how one Assembly's delegation counts for it. */
class GenderSanctionTest {

  // --- examples

  @Test
  void threeSingleSexAssembliesInARowBringTheSanction() {
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(3, true));
  }

  @Test
  void twoAreNotEnough() {
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(2, false));
    assertThat(GenderSanction.after(List.of(SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(1, false));
  }

  @Test
  void absencesNeitherBreakNorExtendTheStreak() {
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, ABSENT, SINGLE_SEX, ABSENT, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(3, true));
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX, ABSENT, ABSENT, ABSENT), 3))
        .isEqualTo(new GenderSanction(2, false));
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX, SINGLE_SEX, ABSENT), 3))
        .isEqualTo(new GenderSanction(3, true));
  }

  @Test
  void aMixedDelegationResetsTheStreakAndEndsTheSanction() {
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX, MIXED, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(1, false));
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX, SINGLE_SEX, MIXED), 3))
        .isEqualTo(new GenderSanction(0, false));
    assertThat(
            GenderSanction.after(
                List.of(SINGLE_SEX, SINGLE_SEX, SINGLE_SEX, MIXED, SINGLE_SEX, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(2, false));
  }

  @Test
  void theSanctionGoesOnWhileTheMemberStaysSingleSex() {
    assertThat(GenderSanction.after(List.of(SINGLE_SEX, SINGLE_SEX, SINGLE_SEX, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(4, true));
    assertThat(
            GenderSanction.after(
                List.of(MIXED, SINGLE_SEX, SINGLE_SEX, SINGLE_SEX, ABSENT, SINGLE_SEX), 3))
        .isEqualTo(new GenderSanction(4, true));
  }

  @Test
  void noHistoryNoSanction() {
    assertThat(GenderSanction.after(List.of(), 3)).isEqualTo(new GenderSanction(0, false));
    assertThat(GenderSanction.after(List.of(ABSENT, ABSENT), 1))
        .isEqualTo(new GenderSanction(0, false));
    assertThat(GenderSanction.after(List.of(MIXED, MIXED, MIXED), 1))
        .isEqualTo(new GenderSanction(0, false));
  }

  @Test
  void theNumberOfAssembliesIsASetting() {
    List<Attendance> two = List.of(SINGLE_SEX, SINGLE_SEX);
    assertThat(GenderSanction.after(two, 2).sanctioned()).isTrue();
    assertThat(GenderSanction.after(two, 3).sanctioned()).isFalse();
    assertThat(GenderSanction.after(List.of(SINGLE_SEX), 1).sanctioned()).isTrue();
    assertThatThrownBy(() -> GenderSanction.after(two, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GenderSanction.after(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attendanceCountsTheAccreditedDelegatesGenders() {
    assertThat(Attendance.of(List.of())).isEqualTo(ABSENT);
    assertThat(Attendance.of(List.of(FEMALE))).isEqualTo(SINGLE_SEX);
    assertThat(Attendance.of(List.of(MALE, MALE, MALE))).isEqualTo(SINGLE_SEX);
    assertThat(Attendance.of(List.of(FEMALE, FEMALE))).isEqualTo(SINGLE_SEX);
    assertThat(Attendance.of(List.of(MALE, FEMALE))).isEqualTo(MIXED);
    assertThat(Attendance.of(List.of(MALE, MALE, MALE, FEMALE))).isEqualTo(MIXED);
  }

  // --- properties

  /**
   * An independent model: leave out the absences, then count the single-sex Assemblies at the end,
   * walking back from the latest.
   */
  private static int trailingSingleSex(List<Attendance> history) {
    List<Attendance> attended = history.stream().filter(a -> a != ABSENT).toList();
    int count = 0;
    for (int i = attended.size() - 1; i >= 0 && attended.get(i) == SINGLE_SEX; i--) {
      count++;
    }
    return count;
  }

  @Property
  void matchesTheTrailingStreakModel(
      @ForAll("histories") List<Attendance> history,
      @ForAll @IntRange(min = 1, max = 6) int sanctionAfter) {
    int streak = trailingSingleSex(history);
    assertThat(GenderSanction.after(history, sanctionAfter))
        .isEqualTo(new GenderSanction(streak, streak >= sanctionAfter));
  }

  @Property
  void theNextAssemblyMovesTheStreakAsTheRuleSays(
      @ForAll("histories") List<Attendance> history,
      @ForAll Attendance next,
      @ForAll @IntRange(min = 1, max = 6) int sanctionAfter) {
    GenderSanction before = GenderSanction.after(history, sanctionAfter);
    List<Attendance> longer = new ArrayList<>(history);
    longer.add(next);
    GenderSanction after = GenderSanction.after(longer, sanctionAfter);

    switch (next) {
      case ABSENT -> assertThat(after).isEqualTo(before);
      case MIXED -> assertThat(after).isEqualTo(new GenderSanction(0, false));
      case SINGLE_SEX -> {
        assertThat(after.singleSexInARow()).isEqualTo(before.singleSexInARow() + 1);
        // once sanctioned, it stays so while the Member stays single-sex
        if (before.sanctioned()) {
          assertThat(after.sanctioned()).isTrue();
        }
      }
    }
  }

  @Property
  void anAbsenceAnywhereChangesNothing(
      @ForAll("histories") List<Attendance> history,
      @ForAll @IntRange(max = 40) int at,
      @ForAll @IntRange(min = 1, max = 6) int sanctionAfter) {
    List<Attendance> withAbsence = new ArrayList<>(history);
    withAbsence.add(Math.min(at, history.size()), ABSENT);
    assertThat(GenderSanction.after(withAbsence, sanctionAfter))
        .isEqualTo(GenderSanction.after(history, sanctionAfter));
  }

  /**
   * The composition check and the derived sanction agree: the warning announces the sanction
   * exactly when this Assembly, single-sex too, would bring it at the next one.
   */
  @Property
  void theSingleSexWarningAgreesWithTheDerivedSanction(
      @ForAll("histories") List<Attendance> history,
      @ForAll @IntRange(min = 1, max = 6) int sanctionAfter) {
    GenderSanction now = GenderSanction.after(history, sanctionAfter);
    DelegationFacts facts =
        new DelegationFacts(
            false, 1_000_000L, now.sanctioned(), now.singleSexInARow(), sanctionAfter);
    List<ParticipantFacts> women =
        List.of(
            new ParticipantFacts(ParticipantCategory.MEMBER_OF_PARLIAMENT, FEMALE, true),
            new ParticipantFacts(ParticipantCategory.MEMBER_OF_PARLIAMENT, FEMALE, false));
    Composition c =
        Composition.check(facts, women, new CompositionLimits(8, 10, 100_000_000L, 2, 1));

    List<Attendance> withThisOne = new ArrayList<>(history);
    withThisOne.add(Attendance.of(women.stream().map(ParticipantFacts::gender).toList()));
    GenderSanction next = GenderSanction.after(withThisOne, sanctionAfter);

    assertThat(c.findings()).hasSize(1);
    Finding warning = c.findings().get(0);
    assertThat(warning.breach()).isFalse();
    assertThat(warning.values().get(0)).isEqualTo(next.singleSexInARow());
    assertThat(warning.code())
        .isEqualTo(next.sanctioned() ? "delegation.single-sex-sanction" : "delegation.single-sex");
  }

  @Property
  void attendanceIsMixedExactlyWhenBothSexesAreThere(
      @ForAll @Size(max = 12) List<Gender> delegates) {
    Attendance a = Attendance.of(delegates);
    if (delegates.isEmpty()) {
      assertThat(a).isEqualTo(ABSENT);
    } else if (delegates.contains(FEMALE) && delegates.contains(MALE)) {
      assertThat(a).isEqualTo(MIXED);
    } else {
      assertThat(a).isEqualTo(SINGLE_SEX);
    }
  }

  @Provide
  Arbitrary<List<Attendance>> histories() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.just(SINGLE_SEX)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(MIXED)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(ABSENT)))
        .list()
        .ofMaxSize(30);
  }
}
