package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of entitlements, ballot checks and tallies over random delegations and splits. */
class AllocationPropertiesTest {

  /**
   * The Statutes' table as printed, in millions: independent of the production table in persons.
   */
  private static final int[] TABLE_MILLIONS = {
    0, 1, 5, 10, 20, 30, 40, 50, 60, 80, 100, 150, 200, 300
  };

  private final VoteAllocation allocation = new VoteAllocation(Statutes.voteAllocation());

  @Property
  void defaultEntitlementMatchesTheTableInMillions(@ForAll("delegations") DelegationFacts d) {
    Entitlement e = allocation.entitlementOf(d);

    int expected = 0;
    if (d.status() == Standing.MEMBER && !d.suspended()) {
      BigDecimal millions = BigDecimal.valueOf(d.population()).movePointLeft(6);
      int bonus = -1;
      for (int bound : TABLE_MILLIONS) {
        if (millions.compareTo(BigDecimal.valueOf(bound)) >= 0) {
          bonus++;
        }
      }
      expected = Math.max(0, 10 + bonus - (d.genderSanction() ? 2 : 0));
    }
    assertThat(e.entitlement()).isEqualTo(expected);
    assertThat(e.usableVotes()).isEqualTo(Math.min(expected, 10 * d.delegatesPresent()));
    assertThat(e.cappedByPresence()).isEqualTo(expected > 10 * d.delegatesPresent());
  }

  @Property
  void entitlementRespectsAnySettings(
      @ForAll("settings") VoteAllocationSettings settings,
      @ForAll("delegations") DelegationFacts d) {
    Entitlement e = new VoteAllocation(settings).entitlementOf(d);
    int maxBonus =
        settings.populationBrackets().stream()
            .mapToInt(PopulationBracket::bonus)
            .max()
            .orElseThrow();

    assertThat(e.entitlement()).isBetween(0, settings.minimumVotes() + maxBonus);
    assertThat(e.usableVotes()).isLessThanOrEqualTo(e.entitlement());
    assertThat((long) e.usableVotes())
        .isLessThanOrEqualTo((long) settings.maxVotesPerDelegate() * d.delegatesPresent());
    assertThat(e.entitlement())
        .isEqualTo(e.minimumVotes() + e.populationBonus() - e.votesRemovedBySanction());
    if (d.status() != Standing.MEMBER || d.suspended()) {
      assertThat(e.entitlement()).isZero();
    }
    e.populationBracket()
        .ifPresent(
            b -> {
              assertThat(b.lowerBoundPersons()).isLessThanOrEqualTo(d.population());
              int next = settings.populationBrackets().indexOf(b) + 1;
              if (next < settings.populationBrackets().size()) {
                assertThat(settings.populationBrackets().get(next).lowerBoundPersons())
                    .isGreaterThan(d.population());
              }
            });
  }

  @Property
  void delegationBallotIsAcceptedExactlyWithinUsableVotes(
      @ForAll("delegations") DelegationFacts d, @ForAll("splits") BallotSplit split) {
    Entitlement e = allocation.entitlementOf(d);
    BallotCheck check = BallotCheck.ofDelegationBallot(split, e);

    boolean expected = e.usableVotes() > 0 && split.total() > 0 && split.total() <= e.usableVotes();
    assertThat(check.accepted()).isEqualTo(expected);
    if (check.accepted()) {
      assertThat(split.total())
          .isLessThanOrEqualTo(e.usableVotes())
          .isLessThanOrEqualTo(e.entitlement());
    }
  }

  @Property
  void delegateBallotsAreAcceptedExactlyWithinBothLimits(
      @ForAll("delegations") DelegationFacts d,
      @ForAll("delegateSplits") List<BallotSplit> splits) {
    Entitlement e = allocation.entitlementOf(d);
    BallotCheck check = BallotCheck.ofDelegateBallots(splits, e);

    int sum = splits.stream().mapToInt(s -> s.yes() + s.no() + s.abstain()).sum();
    boolean expected =
        e.usableVotes() > 0
            && splits.size() <= d.delegatesPresent()
            && splits.stream().allMatch(s -> s.total() <= 10)
            && sum > 0
            && sum <= e.usableVotes();
    assertThat(check.accepted()).isEqualTo(expected);
  }

  @Property
  void acceptedBallotsNeverExceedUsableVotesAndTallyIsOrderIndependent(
      @ForAll("delegationsWithBallots") List<DelegationBallot> roll, @ForAll Random random) {
    List<BallotSplit> accepted = new ArrayList<>();
    long usable = 0;
    long entitled = 0;
    for (DelegationBallot db : roll) {
      Entitlement e = allocation.entitlementOf(db.delegation());
      usable += e.usableVotes();
      entitled += e.entitlement();
      if (BallotCheck.ofDelegationBallot(db.ballot(), e).accepted()) {
        accepted.add(db.ballot());
      }
    }
    Tally tally = Tally.of(accepted);

    assertThat((long) tally.total()).isLessThanOrEqualTo(usable);
    assertThat(usable).isLessThanOrEqualTo(entitled);
    assertThat(tally.delegationsVoted()).isEqualTo(accepted.size());
    assertThat(tally.yes()).isEqualTo(accepted.stream().mapToInt(BallotSplit::yes).sum());
    assertThat(tally.no()).isEqualTo(accepted.stream().mapToInt(BallotSplit::no).sum());
    assertThat(tally.abstain()).isEqualTo(accepted.stream().mapToInt(BallotSplit::abstain).sum());

    List<BallotSplit> shuffled = new ArrayList<>(accepted);
    Collections.shuffle(shuffled, random);
    assertThat(Tally.of(shuffled)).isEqualTo(tally);
  }

  record DelegationBallot(DelegationFacts delegation, BallotSplit ballot) {}

  @Provide
  Arbitrary<List<DelegationBallot>> delegationsWithBallots() {
    return Combinators.combine(delegations(), splits())
        .as(DelegationBallot::new)
        .list()
        .ofMaxSize(150);
  }

  @Provide
  Arbitrary<DelegationFacts> delegations() {
    return Combinators.combine(
            Arbitraries.of(Standing.class).edgeCases(c -> c.add(Standing.MEMBER)),
            Arbitraries.of(true, false, false, false),
            Arbitraries.of(true, false, false, false),
            populations(),
            Arbitraries.integers().between(0, 11))
        .as(DelegationFacts::new);
  }

  /** Any population, with weight on the bracket edges (one person below, at, one above). */
  private static Arbitrary<Long> populations() {
    List<Long> edges = new ArrayList<>();
    for (int bound : TABLE_MILLIONS) {
      long persons = bound * 1_000_000L;
      edges.add(persons);
      edges.add(persons + 1);
      if (persons > 0) {
        edges.add(persons - 1);
      }
    }
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(0, 1_500_000_000L)),
        Tuple.of(2, Arbitraries.of(edges)));
  }

  @Provide
  Arbitrary<BallotSplit> splits() {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 12);
    return Combinators.combine(count, count, count).as(BallotSplit::new);
  }

  @Provide
  Arbitrary<List<BallotSplit>> delegateSplits() {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 6);
    return Combinators.combine(count, count, count).as(BallotSplit::new).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<VoteAllocationSettings> settings() {
    Arbitrary<List<PopulationBracket>> brackets =
        Combinators.combine(
                Arbitraries.longs().between(1, 400_000_000L), Arbitraries.integers().between(0, 20))
            .as((gap, bonus) -> new long[] {gap, bonus})
            .list()
            .ofMaxSize(15)
            .map(
                rows -> {
                  List<PopulationBracket> list = new ArrayList<>();
                  list.add(new PopulationBracket(0, 0));
                  long bound = 0;
                  for (long[] row : rows) {
                    bound += row[0];
                    list.add(new PopulationBracket(bound, (int) row[1]));
                  }
                  return list;
                });
    return Combinators.combine(
            Arbitraries.integers().between(0, 20),
            brackets,
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(1, 15))
        .as(VoteAllocationSettings::new);
  }
}
