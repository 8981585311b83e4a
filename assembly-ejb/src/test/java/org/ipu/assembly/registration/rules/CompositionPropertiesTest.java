package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The composition check over random limits, delegations and participants, against the rules written
 * out again here: only members of parliament count, exactly one head who is one of them, a
 * single-sex warning that never blocks.
 */
class CompositionPropertiesTest {

  private static final Set<String> SIZE_CODES =
      Set.of(
          "delegation.size-limit",
          "delegation.size-limit-sanctioned",
          "delegation.observer-size-limit");
  private static final Set<String> BREACH_CODES =
      Set.of(
          "delegation.size-limit",
          "delegation.size-limit-sanctioned",
          "delegation.observer-size-limit",
          "delegation.head-not-delegate",
          "delegation.no-delegate",
          "delegation.no-head",
          "delegation.several-heads");
  private static final Set<String> WARNING_CODES =
      Set.of("delegation.single-sex", "delegation.single-sex-sanction");

  /** One generated delegation: the Assembly's numbers, the Member's facts, its participants. */
  record Case(CompositionLimits limits, DelegationFacts delegation, List<ParticipantFacts> people) {

    Composition check() {
      return Composition.check(delegation, people, limits);
    }

    /** The limit worked out from the Statutes' wording, not from the production code. */
    int expectedLimit() {
      if (delegation.observer()) {
        return limits.observerDelegates();
      }
      int base =
          delegation.population() < limits.largePopulation()
              ? limits.delegates()
              : limits.delegatesLargePopulation();
      int cut = delegation.genderSanction() ? limits.genderSanctionCut() : 0;
      return base - cut < 0 ? 0 : base - cut;
    }

    List<ParticipantFacts> delegates() {
      return people.stream()
          .filter(p -> p.category() == ParticipantCategory.MEMBER_OF_PARLIAMENT)
          .toList();
    }
  }

  private static List<Finding> withCode(Composition c, Set<String> codes) {
    return c.findings().stream().filter(f -> codes.contains(f.code())).toList();
  }

  private static boolean has(Composition c, String code) {
    return c.findings().stream().anyMatch(f -> f.code().equals(code));
  }

  @Property
  void sizeBreachIffMoreDelegatesThanTheLimitAndFullIffAtIt(@ForAll("cases") Case k) {
    Composition c = k.check();
    int delegates = k.delegates().size();
    int limit = k.expectedLimit();

    assertThat(c.delegates()).isEqualTo(delegates);
    assertThat(c.delegateLimit()).isEqualTo(limit);
    assertThat(k.limits().delegateLimit(k.delegation())).isEqualTo(limit);

    List<Finding> size = withCode(c, SIZE_CODES);
    if (delegates > limit) {
      String code =
          k.delegation().observer()
              ? "delegation.observer-size-limit"
              : k.delegation().genderSanction()
                  ? "delegation.size-limit-sanctioned"
                  : "delegation.size-limit";
      assertThat(size).containsExactly(new Finding(code, true, List.of(delegates, limit)));
    } else {
      assertThat(size).isEmpty();
    }
    assertThat(c.full()).isEqualTo(delegates >= limit);
  }

  @Property
  void exactlyOneHeadWhoIsAMemberOfParliament(@ForAll("cases") Case k) {
    Composition c = k.check();
    long heads = k.people().stream().filter(ParticipantFacts::head).count();
    boolean anyDelegate = !k.delegates().isEmpty();
    boolean staffHead =
        k.people().stream()
            .anyMatch(p -> p.head() && p.category() != ParticipantCategory.MEMBER_OF_PARLIAMENT);

    assertThat(has(c, "delegation.no-delegate")).isEqualTo(!anyDelegate);
    assertThat(has(c, "delegation.no-head")).isEqualTo(anyDelegate && heads == 0);
    assertThat(has(c, "delegation.head-not-delegate")).isEqualTo(staffHead);
    if (heads > 1) {
      assertThat(withCode(c, Set.of("delegation.several-heads")))
          .containsExactly(new Finding("delegation.several-heads", true, List.of((int) heads)));
    } else {
      assertThat(has(c, "delegation.several-heads")).isFalse();
    }
    boolean oneProperHead =
        heads == 1 && !staffHead && k.delegates().stream().anyMatch(ParticipantFacts::head);
    boolean headFinding =
        has(c, "delegation.no-head")
            || has(c, "delegation.several-heads")
            || has(c, "delegation.head-not-delegate")
            || has(c, "delegation.no-delegate");
    assertThat(headFinding).isEqualTo(!oneProperHead);
  }

  @Property
  void singleSexWarningForAMemberWhoseDelegatesAreAllOfOneSex(@ForAll("cases") Case k) {
    Composition c = k.check();
    List<ParticipantFacts> delegates = k.delegates();
    boolean allWomen = delegates.stream().allMatch(p -> p.gender() == Gender.FEMALE);
    boolean allMen = delegates.stream().allMatch(p -> p.gender() == Gender.MALE);
    boolean singleSex = !delegates.isEmpty() && (allWomen || allMen);

    List<Finding> warnings = withCode(c, WARNING_CODES);
    if (singleSex && !k.delegation().observer()) {
      int count = k.delegation().singleSexInARow() + 1;
      int after = k.delegation().sanctionAfter();
      Finding expected =
          count >= after
              ? new Finding("delegation.single-sex-sanction", false, List.of(count))
              : new Finding("delegation.single-sex", false, List.of(count, after));
      assertThat(warnings).containsExactly(expected);
    } else {
      assertThat(warnings).isEmpty();
    }
  }

  @Property
  void blocksSubmissionIffSomeFindingIsABreachAndWarningsNeverBlock(@ForAll("cases") Case k) {
    Composition c = k.check();

    assertThat(c.blocksSubmission()).isEqualTo(c.findings().stream().anyMatch(Finding::breach));
    for (Finding f : c.findings()) {
      assertThat(BREACH_CODES.contains(f.code()) || WARNING_CODES.contains(f.code()))
          .as("known code %s", f.code())
          .isTrue();
      assertThat(f.breach())
          .as("breach flag of %s", f.code())
          .isEqualTo(BREACH_CODES.contains(f.code()));
    }
    // breaches first, then warnings
    List<Boolean> flags = c.findings().stream().map(Finding::breach).toList();
    List<Boolean> sorted = new ArrayList<>(flags);
    sorted.sort(Collections.reverseOrder());
    assertThat(flags).isEqualTo(sorted);

    // dropping the warnings never changes whether submission is blocked
    List<Finding> breachesOnly = c.findings().stream().filter(Finding::breach).toList();
    assertThat(new Composition(c.delegates(), c.delegateLimit(), breachesOnly).blocksSubmission())
        .isEqualTo(c.blocksSubmission());
    List<Finding> warningsOnly = c.findings().stream().filter(f -> !f.breach()).toList();
    assertThat(new Composition(c.delegates(), c.delegateLimit(), warningsOnly).blocksSubmission())
        .isFalse();
  }

  @Property
  void staffWhoAreNotHeadsChangeNothing(
      @ForAll("cases") Case k, @ForAll("staff") List<ParticipantFacts> staff, @ForAll Random r) {
    List<ParticipantFacts> more = new ArrayList<>(k.people());
    more.addAll(staff);
    Collections.shuffle(more, r);

    assertThat(Composition.check(k.delegation(), more, k.limits())).isEqualTo(k.check());
  }

  @Property
  void theOrderOfTheParticipantsDoesNotMatter(@ForAll("cases") Case k, @ForAll Random r) {
    List<ParticipantFacts> shuffled = new ArrayList<>(k.people());
    Collections.shuffle(shuffled, r);

    assertThat(Composition.check(k.delegation(), shuffled, k.limits())).isEqualTo(k.check());
  }

  // --- arbitraries

  @Provide
  Arbitrary<Case> cases() {
    return limits()
        .flatMap(
            limits ->
                Combinators.combine(Arbitraries.just(limits), delegations(limits), participants())
                    .as(Case::new));
  }

  @Provide
  Arbitrary<List<ParticipantFacts>> staff() {
    return Combinators.combine(
            Arbitraries.of(
                ParticipantCategory.ADVISER,
                ParticipantCategory.DELEGATION_SECRETARY,
                ParticipantCategory.ACCOMPANYING_PERSON),
            Arbitraries.of(Gender.class),
            Arbitraries.just(false))
        .as(ParticipantFacts::new)
        .list()
        .ofMaxSize(6);
  }

  private static Arbitrary<CompositionLimits> limits() {
    Arbitrary<CompositionLimits> statutes =
        Arbitraries.just(new CompositionLimits(8, 10, 100_000_000L, 2, 1));
    Arbitrary<CompositionLimits> any =
        Combinators.combine(
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 14),
                Arbitraries.longs().between(0, 300_000_000L),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4))
            .as(CompositionLimits::new);
    return Arbitraries.frequencyOf(Tuple.of(1, statutes), Tuple.of(3, any));
  }

  /** A Member or observer whose population is often one person from the large-population line. */
  private static Arbitrary<DelegationFacts> delegations(CompositionLimits limits) {
    long line = limits.largePopulation();
    Arbitrary<Long> population =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.longs().between(0, 1_500_000_000L)),
            Tuple.of(3, Arbitraries.of(Math.max(0, line - 1), line, line + 1)));
    return Combinators.combine(
            Arbitraries.of(true, false, false, false),
            population,
            Arbitraries.of(true, false, false),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(1, 5))
        .as(DelegationFacts::new);
  }

  /** Mostly members of parliament, sometimes staff; a head now and then, sometimes several. */
  private static Arbitrary<List<ParticipantFacts>> participants() {
    Arbitrary<ParticipantCategory> category =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(ParticipantCategory.MEMBER_OF_PARLIAMENT)),
            Tuple.of(1, Arbitraries.just(ParticipantCategory.ADVISER)),
            Tuple.of(1, Arbitraries.just(ParticipantCategory.DELEGATION_SECRETARY)),
            Tuple.of(1, Arbitraries.just(ParticipantCategory.ACCOMPANYING_PERSON)));
    Arbitrary<Gender> gender =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(Gender.class)), Tuple.of(1, Arbitraries.just(Gender.MALE)));
    Arbitrary<Boolean> head = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false));
    return Combinators.combine(category, gender, head)
        .as(ParticipantFacts::new)
        .list()
        .ofMaxSize(14);
  }
}
