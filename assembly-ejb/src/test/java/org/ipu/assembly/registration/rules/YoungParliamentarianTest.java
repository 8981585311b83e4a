package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Young-parliamentarian status on the day the Assembly opens. */
class YoungParliamentarianTest {

  private static final LocalDate OPENS = LocalDate.of(2026, 6, 15);

  @Test
  void fortyFourYearsAndThreeHundredSixtyFourDaysIsStillYoung() {
    LocalDate born = LocalDate.of(1981, 6, 16);
    // the 44th birthday was 2025-06-16, 364 days before the opening; the 45th is the day after
    assertThat(ChronoUnit.DAYS.between(born.plusYears(44), OPENS)).isEqualTo(364);
    assertThat(YoungParliamentarian.isYoung(born, OPENS, 45)).isTrue();
  }

  @Test
  void fortyFiveOnTheOpeningDayIsNotYoung() {
    assertThat(YoungParliamentarian.isYoung(LocalDate.of(1981, 6, 15), OPENS, 45)).isFalse();
    assertThat(YoungParliamentarian.isYoung(LocalDate.of(1981, 6, 14), OPENS, 45)).isFalse();
    assertThat(YoungParliamentarian.isYoung(LocalDate.of(1950, 1, 1), OPENS, 45)).isFalse();
  }

  @Test
  void youngerMembersAreYoung() {
    assertThat(YoungParliamentarian.isYoung(LocalDate.of(1995, 1, 1), OPENS, 45)).isTrue();
    assertThat(YoungParliamentarian.isYoung(OPENS.minusYears(18), OPENS, 45)).isTrue();
  }

  @Test
  void noBirthDateIsNotYoung() {
    assertThat(YoungParliamentarian.isYoung(null, OPENS, 45)).isFalse();
    assertThat(YoungParliamentarian.isYoung(null, OPENS, 200)).isFalse();
  }

  @Test
  void theAgeLimitIsASetting() {
    LocalDate born = LocalDate.of(1984, 1, 1); // 42 on the opening day
    assertThat(YoungParliamentarian.isYoung(born, OPENS, 45)).isTrue();
    assertThat(YoungParliamentarian.isYoung(born, OPENS, 40)).isFalse();
    assertThat(YoungParliamentarian.isYoung(LocalDate.of(1986, 6, 16), OPENS, 40)).isTrue();
    assertThat(YoungParliamentarian.isYoung(LocalDate.of(1986, 6, 15), OPENS, 40)).isFalse();
  }

  @Test
  void aLeapDayBirthdayComesOnTheFirstOfMarchInOtherYears() {
    LocalDate born = LocalDate.of(1984, 2, 29);
    // 2029 is not a leap year: the 45th birthday is counted from 1 March
    assertThat(YoungParliamentarian.isYoung(born, LocalDate.of(2029, 2, 28), 45)).isTrue();
    assertThat(YoungParliamentarian.isYoung(born, LocalDate.of(2029, 3, 1), 45)).isFalse();
    // 2028 is one: the 44th birthday falls on 29 February
    assertThat(YoungParliamentarian.isYoung(born, LocalDate.of(2028, 2, 28), 44)).isTrue();
    assertThat(YoungParliamentarian.isYoung(born, LocalDate.of(2028, 2, 29), 44)).isFalse();
  }

  /**
   * An independent model: the completed years are the difference of the years, one fewer if the
   * opening day comes before the birthday's month and day in its year.
   */
  private static boolean model(LocalDate born, LocalDate opens, int ageLimit) {
    int years = opens.getYear() - born.getYear();
    boolean beforeBirthday =
        opens.getMonthValue() < born.getMonthValue()
            || (opens.getMonthValue() == born.getMonthValue()
                && opens.getDayOfMonth() < born.getDayOfMonth());
    if (beforeBirthday) {
      years--;
    }
    return years < ageLimit;
  }

  @Property
  void youngExactlyWhenTheCompletedYearsAreUnderTheLimit(
      @ForAll("births") LocalDate born,
      @ForAll("openings") LocalDate opens,
      @ForAll @IntRange(min = 18, max = 50) int ageLimit) {
    assertThat(YoungParliamentarian.isYoung(born, opens, ageLimit))
        .isEqualTo(model(born, opens, ageLimit));
  }

  @Property
  void theDayBeforeTheBirthdayIsYoungAndTheBirthdayIsNot(
      @ForAll("births") LocalDate born, @ForAll @IntRange(min = 18, max = 50) int ageLimit) {
    LocalDate birthday = born.plusYears(ageLimit);
    if (birthday.getDayOfMonth() != born.getDayOfMonth()) {
      // a 29 February birth in a common year: counted from 1 March
      birthday = birthday.plusDays(1);
    }
    assertThat(YoungParliamentarian.isYoung(born, birthday.minusDays(1), ageLimit)).isTrue();
    assertThat(YoungParliamentarian.isYoung(born, birthday, ageLimit)).isFalse();
    assertThat(YoungParliamentarian.isYoung(born, birthday.plusDays(1), ageLimit)).isFalse();
  }

  @Property
  void theDayToCountInTheDatabaseGivesTheSameAnswer(
      @ForAll("births") LocalDate born,
      @ForAll("openings") LocalDate opens,
      @ForAll @IntRange(min = 18, max = 50) int ageLimit) {
    assertThat(born.isAfter(YoungParliamentarian.youngIfBornAfter(opens, ageLimit)))
        .isEqualTo(model(born, opens, ageLimit));
  }

  @Provide
  Arbitrary<LocalDate> births() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.longs()
                .between(
                    LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2008, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(1960, 1964, 1976, 1980, 1984, 1988, 1996, 2000, 2004)
                .map(y -> LocalDate.of(y, 2, 29))));
  }

  @Provide
  Arbitrary<LocalDate> openings() {
    return Arbitraries.longs()
        .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
