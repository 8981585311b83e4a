package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipu.assembly.registration.rules.Gender.FEMALE;
import static org.ipu.assembly.registration.rules.Gender.MALE;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ACCOMPANYING_PERSON;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ADVISER;
import static org.ipu.assembly.registration.rules.ParticipantCategory.DELEGATION_SECRETARY;
import static org.ipu.assembly.registration.rules.ParticipantCategory.MEMBER_OF_PARLIAMENT;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composition check on delegations built by hand, with the Statutes' numbers. */
class CompositionTest {

  /** The Statutes: 8, 10 from 100 million (inclusive), 2 for an observer, one fewer sanctioned. */
  private static final CompositionLimits STATUTES =
      new CompositionLimits(8, 10, 100_000_000L, 2, 1);

  private static final long SMALL = 99_999_999L;
  private static final long LARGE = 100_000_000L;

  private static DelegationFacts member(long population) {
    return new DelegationFacts(false, population, false, 0, 3);
  }

  private static DelegationFacts sanctioned(long population) {
    return new DelegationFacts(false, population, true, 0, 3);
  }

  private static DelegationFacts observer() {
    return new DelegationFacts(true, 0, false, 0, 3);
  }

  private static DelegationFacts streak(int singleSexInARow, int sanctionAfter) {
    return new DelegationFacts(false, 5_000_000L, false, singleSexInARow, sanctionAfter);
  }

  private static ParticipantFacts mp(Gender gender) {
    return new ParticipantFacts(MEMBER_OF_PARLIAMENT, gender, false);
  }

  private static ParticipantFacts headMp(Gender gender) {
    return new ParticipantFacts(MEMBER_OF_PARLIAMENT, gender, true);
  }

  /** A mixed delegation of {@code n} members of parliament, the first one its head. */
  private static List<ParticipantFacts> mixed(int n) {
    List<ParticipantFacts> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Gender gender = i % 2 == 0 ? FEMALE : MALE;
      list.add(i == 0 ? headMp(gender) : mp(gender));
    }
    return list;
  }

  private static List<ParticipantFacts> plus(
      List<ParticipantFacts> list, ParticipantFacts... more) {
    List<ParticipantFacts> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }

  private static List<String> codes(Composition c) {
    return c.findings().stream().map(Finding::code).toList();
  }

  private static Finding only(Composition c, String code) {
    List<Finding> found = c.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as("findings with code %s in %s", code, c.findings()).hasSize(1);
    return found.get(0);
  }

  // --- the limits

  @Test
  void eightDelegatesUnderAHundredMillionTenFromIt() {
    assertThat(STATUTES.delegateLimit(member(0))).isEqualTo(8);
    assertThat(STATUTES.delegateLimit(member(SMALL))).isEqualTo(8);
    assertThat(STATUTES.delegateLimit(member(LARGE))).isEqualTo(10);
    assertThat(STATUTES.delegateLimit(member(1_400_000_000L))).isEqualTo(10);
  }

  @Test
  void oneFewerUnderTheGenderSanction() {
    assertThat(STATUTES.delegateLimit(sanctioned(SMALL))).isEqualTo(7);
    assertThat(STATUTES.delegateLimit(sanctioned(LARGE))).isEqualTo(9);
    CompositionLimits cutOfThree = new CompositionLimits(8, 10, LARGE, 2, 3);
    assertThat(cutOfThree.delegateLimit(sanctioned(SMALL))).isEqualTo(5);
    assertThat(cutOfThree.delegateLimit(member(SMALL))).isEqualTo(8);
  }

  @Test
  void aSanctionNeverCutsBelowZero() {
    CompositionLimits tiny = new CompositionLimits(1, 2, LARGE, 2, 5);
    assertThat(tiny.delegateLimit(sanctioned(SMALL))).isZero();
    assertThat(tiny.delegateLimit(sanctioned(LARGE))).isZero();
  }

  @Test
  void anObserverSendsTwoWhateverItsPopulationOrSanction() {
    assertThat(STATUTES.delegateLimit(observer())).isEqualTo(2);
    assertThat(STATUTES.delegateLimit(new DelegationFacts(true, LARGE, true, 4, 3))).isEqualTo(2);
    assertThat(new CompositionLimits(8, 10, LARGE, 0, 1).delegateLimit(observer())).isZero();
  }

  @Test
  void limitsAndFactsRefuseImpossibleNumbers() {
    assertThatThrownBy(() -> new CompositionLimits(0, 10, LARGE, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompositionLimits(8, 0, LARGE, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompositionLimits(8, 10, LARGE, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompositionLimits(8, 10, -1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompositionLimits(8, 10, LARGE, 2, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CompositionLimits(1, 1, 0, 0, 0).delegateLimit(member(0))).isEqualTo(1);

    assertThatThrownBy(() -> new DelegationFacts(false, -1, false, 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DelegationFacts(false, 1, false, -1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DelegationFacts(false, 1, false, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParticipantFacts(null, MALE, false))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ParticipantFacts(ADVISER, null, false))
        .isInstanceOf(NullPointerException.class);
  }

  // --- the size limit

  @Test
  void eightDelegatesFitASmallMemberNineDoNot() {
    Composition eight = Composition.check(member(SMALL), mixed(8), STATUTES);
    assertThat(eight.delegates()).isEqualTo(8);
    assertThat(eight.delegateLimit()).isEqualTo(8);
    assertThat(eight.findings()).isEmpty();
    assertThat(eight.full()).isTrue();
    assertThat(eight.blocksSubmission()).isFalse();

    Composition nine = Composition.check(member(SMALL), mixed(9), STATUTES);
    assertThat(nine.delegates()).isEqualTo(9);
    assertThat(nine.findings())
        .containsExactly(new Finding("delegation.size-limit", true, List.of(9, 8)));
    assertThat(nine.blocksSubmission()).isTrue();
  }

  @Test
  void tenDelegatesFitFromAHundredMillionElevenDoNot() {
    assertThat(Composition.check(member(LARGE), mixed(10), STATUTES).findings()).isEmpty();
    assertThat(Composition.check(member(SMALL), mixed(10), STATUTES).findings())
        .containsExactly(new Finding("delegation.size-limit", true, List.of(10, 8)));
    assertThat(Composition.check(member(LARGE), mixed(11), STATUTES).findings())
        .containsExactly(new Finding("delegation.size-limit", true, List.of(11, 10)));
  }

  @Test
  void aSanctionedMemberIsToldItsLimitIsCut() {
    assertThat(Composition.check(sanctioned(SMALL), mixed(7), STATUTES).findings()).isEmpty();
    assertThat(Composition.check(sanctioned(SMALL), mixed(8), STATUTES).findings())
        .containsExactly(new Finding("delegation.size-limit-sanctioned", true, List.of(8, 7)));
    assertThat(Composition.check(sanctioned(LARGE), mixed(9), STATUTES).findings()).isEmpty();
    assertThat(Composition.check(sanctioned(LARGE), mixed(10), STATUTES).findings())
        .containsExactly(new Finding("delegation.size-limit-sanctioned", true, List.of(10, 9)));
  }

  @Test
  void anObserverSendsAtMostTwoDelegates() {
    Composition two = Composition.check(observer(), mixed(2), STATUTES);
    assertThat(two.findings()).isEmpty();
    assertThat(two.full()).isTrue();

    Composition three = Composition.check(observer(), mixed(3), STATUTES);
    assertThat(three.findings())
        .containsExactly(new Finding("delegation.observer-size-limit", true, List.of(3, 2)));
    // an observer is told its own limit even if flagged as sanctioned
    assertThat(
            Composition.check(new DelegationFacts(true, LARGE, true, 0, 3), mixed(3), STATUTES)
                .findings())
        .containsExactly(new Finding("delegation.observer-size-limit", true, List.of(3, 2)));
  }

  @Test
  void onlyMembersOfParliamentCountTowardsTheLimit() {
    List<ParticipantFacts> withStaff =
        plus(
            mixed(8),
            new ParticipantFacts(ADVISER, MALE, false),
            new ParticipantFacts(ADVISER, FEMALE, false),
            new ParticipantFacts(ADVISER, MALE, false),
            new ParticipantFacts(DELEGATION_SECRETARY, FEMALE, false),
            new ParticipantFacts(DELEGATION_SECRETARY, MALE, false),
            new ParticipantFacts(ACCOMPANYING_PERSON, FEMALE, false),
            new ParticipantFacts(ACCOMPANYING_PERSON, MALE, false),
            new ParticipantFacts(ACCOMPANYING_PERSON, MALE, false));

    Composition c = Composition.check(member(SMALL), withStaff, STATUTES);
    assertThat(c.delegates()).isEqualTo(8);
    assertThat(c.findings()).isEmpty();
    assertThat(c.blocksSubmission()).isFalse();

    Composition observerWithStaff =
        Composition.check(
            observer(), plus(mixed(2), new ParticipantFacts(ADVISER, MALE, false)), STATUTES);
    assertThat(observerWithStaff.delegates()).isEqualTo(2);
    assertThat(observerWithStaff.findings()).isEmpty();
  }

  @Test
  void fullWhenOneMoreDelegateWouldGoOverTheLimit() {
    assertThat(Composition.check(member(SMALL), mixed(7), STATUTES).full()).isFalse();
    assertThat(Composition.check(member(SMALL), mixed(8), STATUTES).full()).isTrue();
    assertThat(Composition.check(member(SMALL), mixed(9), STATUTES).full()).isTrue();
    assertThat(Composition.check(member(LARGE), mixed(9), STATUTES).full()).isFalse();
    assertThat(Composition.check(sanctioned(SMALL), mixed(7), STATUTES).full()).isTrue();
    assertThat(Composition.check(observer(), mixed(1), STATUTES).full()).isFalse();
  }

  @Test
  void theSizeFindingNamesTheLimitThatApplies() {
    assertThat(Composition.sizeLimit(member(SMALL), 8, 9))
        .isEqualTo(new Finding("delegation.size-limit", true, List.of(9, 8)));
    assertThat(Composition.sizeLimit(sanctioned(SMALL), 7, 8))
        .isEqualTo(new Finding("delegation.size-limit-sanctioned", true, List.of(8, 7)));
    assertThat(Composition.sizeLimit(observer(), 2, 3))
        .isEqualTo(new Finding("delegation.observer-size-limit", true, List.of(3, 2)));
    assertThat(Composition.sizeLimit(new DelegationFacts(true, 0, true, 0, 3), 2, 3).code())
        .isEqualTo("delegation.observer-size-limit");
  }

  // --- exactly one head

  @Test
  void aDelegationWithoutAHeadIsRefused() {
    Composition c = Composition.check(member(SMALL), List.of(mp(FEMALE), mp(MALE)), STATUTES);
    assertThat(c.findings()).containsExactly(new Finding("delegation.no-head", true, List.of()));
    assertThat(c.blocksSubmission()).isTrue();
  }

  @Test
  void aDelegationWithoutDelegatesIsRefusedForThatAlone() {
    Composition empty = Composition.check(member(SMALL), List.of(), STATUTES);
    assertThat(empty.delegates()).isZero();
    assertThat(empty.findings())
        .containsExactly(new Finding("delegation.no-delegate", true, List.of()));
    assertThat(empty.blocksSubmission()).isTrue();
    assertThat(empty.full()).isFalse();

    Composition staffOnly =
        Composition.check(
            member(SMALL),
            List.of(
                new ParticipantFacts(ADVISER, MALE, false),
                new ParticipantFacts(DELEGATION_SECRETARY, MALE, false)),
            STATUTES);
    assertThat(staffOnly.delegates()).isZero();
    assertThat(codes(staffOnly)).containsExactly("delegation.no-delegate");
  }

  @Test
  void severalHeadsAreRefusedWithTheirNumber() {
    Composition two =
        Composition.check(member(SMALL), List.of(headMp(FEMALE), headMp(MALE), mp(MALE)), STATUTES);
    assertThat(two.findings())
        .containsExactly(new Finding("delegation.several-heads", true, List.of(2)));

    Composition three =
        Composition.check(
            member(SMALL), List.of(headMp(FEMALE), headMp(MALE), headMp(MALE)), STATUTES);
    assertThat(only(three, "delegation.several-heads").values()).containsExactly(3);
    assertThat(three.blocksSubmission()).isTrue();
  }

  @Test
  void aHeadWhoIsNotAMemberOfParliamentIsRefused() {
    for (ParticipantCategory staff : List.of(ADVISER, DELEGATION_SECRETARY, ACCOMPANYING_PERSON)) {
      Composition c =
          Composition.check(
              member(SMALL),
              List.of(mp(FEMALE), mp(MALE), new ParticipantFacts(staff, MALE, true)),
              STATUTES);
      assertThat(c.findings())
          .as("head who is %s", staff)
          .containsExactly(new Finding("delegation.head-not-delegate", true, List.of()));
    }

    Composition twoHeads =
        Composition.check(
            member(SMALL),
            List.of(headMp(FEMALE), mp(MALE), new ParticipantFacts(ADVISER, MALE, true)),
            STATUTES);
    assertThat(codes(twoHeads))
        .containsExactly("delegation.head-not-delegate", "delegation.several-heads");

    Composition noDelegate =
        Composition.check(
            member(SMALL), List.of(new ParticipantFacts(ADVISER, FEMALE, true)), STATUTES);
    assertThat(codes(noDelegate))
        .containsExactly("delegation.head-not-delegate", "delegation.no-delegate");
  }

  // --- the single-sex warning

  @Test
  void aSingleSexDelegationIsWarnedWithItsCountInARow() {
    List<ParticipantFacts> women = List.of(headMp(FEMALE), mp(FEMALE), mp(FEMALE));

    Composition first = Composition.check(streak(0, 3), women, STATUTES);
    assertThat(first.findings())
        .containsExactly(new Finding("delegation.single-sex", false, List.of(1, 3)));
    assertThat(first.blocksSubmission()).isFalse();

    assertThat(Composition.check(streak(1, 3), women, STATUTES).findings())
        .containsExactly(new Finding("delegation.single-sex", false, List.of(2, 3)));
    assertThat(Composition.check(streak(3, 5), women, STATUTES).findings())
        .containsExactly(new Finding("delegation.single-sex", false, List.of(4, 5)));
  }

  @Test
  void theSingleSexWarningAnnouncesTheSanctionWhenTheCountReachesIt() {
    List<ParticipantFacts> men = List.of(headMp(MALE), mp(MALE));

    Composition third = Composition.check(streak(2, 3), men, STATUTES);
    assertThat(third.findings())
        .containsExactly(new Finding("delegation.single-sex-sanction", false, List.of(3)));
    assertThat(third.blocksSubmission()).isFalse();

    assertThat(Composition.check(streak(6, 3), men, STATUTES).findings())
        .containsExactly(new Finding("delegation.single-sex-sanction", false, List.of(7)));
    assertThat(Composition.check(streak(0, 1), men, STATUTES).findings())
        .containsExactly(new Finding("delegation.single-sex-sanction", false, List.of(1)));
  }

  @Test
  void aOneDelegateDelegationIsSingleSex() {
    assertThat(Composition.check(streak(0, 3), List.of(headMp(MALE)), STATUTES).findings())
        .containsExactly(new Finding("delegation.single-sex", false, List.of(1, 3)));
  }

  @Test
  void aMixedDelegationHasNoSingleSexWarningWhateverItsHistory() {
    List<ParticipantFacts> mixed = List.of(headMp(MALE), mp(FEMALE));
    assertThat(Composition.check(streak(0, 3), mixed, STATUTES).findings()).isEmpty();
    assertThat(Composition.check(streak(2, 3), mixed, STATUTES).findings()).isEmpty();
    assertThat(Composition.check(streak(9, 3), mixed, STATUTES).findings()).isEmpty();
  }

  @Test
  void onlyTheDelegatesGendersCount() {
    List<ParticipantFacts> menWithAWomanAdviser =
        List.of(
            headMp(MALE),
            mp(MALE),
            new ParticipantFacts(ADVISER, FEMALE, false),
            new ParticipantFacts(ACCOMPANYING_PERSON, FEMALE, false));
    assertThat(Composition.check(streak(0, 3), menWithAWomanAdviser, STATUTES).findings())
        .containsExactly(new Finding("delegation.single-sex", false, List.of(1, 3)));
  }

  @Test
  void anObserverIsNeverWarnedOfASingleSexDelegation() {
    DelegationFacts observerOnAStreak = new DelegationFacts(true, 0, false, 5, 3);
    assertThat(
            Composition.check(observerOnAStreak, List.of(headMp(FEMALE), mp(FEMALE)), STATUTES)
                .findings())
        .isEmpty();
    assertThat(Composition.check(observer(), List.of(headMp(MALE)), STATUTES).findings()).isEmpty();
  }

  @Test
  void noDelegatesNoSingleSexWarning() {
    assertThat(codes(Composition.check(streak(2, 3), List.of(), STATUTES)))
        .containsExactly("delegation.no-delegate");
  }

  // --- findings together

  @Test
  void breachesComeFirstThenWarnings() {
    List<ParticipantFacts> nineMenNoHead = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      nineMenNoHead.add(mp(MALE));
    }
    Composition c = Composition.check(streak(2, 3), nineMenNoHead, STATUTES);
    assertThat(c.findings())
        .containsExactly(
            new Finding("delegation.size-limit", true, List.of(9, 8)),
            new Finding("delegation.no-head", true, List.of()),
            new Finding("delegation.single-sex-sanction", false, List.of(3)));
    assertThat(c.blocksSubmission()).isTrue();

    List<ParticipantFacts> everything = new ArrayList<>(nineMenNoHead);
    everything.add(headMp(MALE));
    everything.add(headMp(MALE));
    everything.add(new ParticipantFacts(ADVISER, FEMALE, true));
    assertThat(codes(Composition.check(streak(0, 3), everything, STATUTES)))
        .containsExactly(
            "delegation.size-limit",
            "delegation.head-not-delegate",
            "delegation.several-heads",
            "delegation.single-sex");
  }

  @Test
  void warningsAloneNeverBlockSubmission() {
    Composition warned =
        new Composition(
            3,
            8,
            List.of(
                new Finding("delegation.single-sex", false, List.of(1, 3)),
                new Finding("delegation.single-sex-sanction", false, List.of(3))));
    assertThat(warned.blocksSubmission()).isFalse();
    assertThat(new Composition(3, 8, List.of()).blocksSubmission()).isFalse();
    assertThat(
            new Composition(
                    3,
                    8,
                    List.of(
                        new Finding("delegation.single-sex", false, List.of(1, 3)),
                        new Finding("delegation.no-head", true, List.of())))
                .blocksSubmission())
        .isTrue();
  }

  @Test
  void findingsCannotBeChangedAfterTheCheck() {
    List<Finding> mutable = new ArrayList<>();
    mutable.add(new Finding("delegation.no-head", true, List.of()));
    Composition c = new Composition(1, 8, mutable);
    mutable.clear();
    assertThat(c.findings()).hasSize(1);
    assertThatThrownBy(() -> c.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Finding(null, true, List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
