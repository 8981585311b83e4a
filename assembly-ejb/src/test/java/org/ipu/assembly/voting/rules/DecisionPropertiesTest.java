package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Outcomes recomputed from the rules' definitions with exact rational comparisons. */
class DecisionPropertiesTest {

  private static final List<String> REQUESTS = List.of("R1", "R2", "R3", "R4");

  /**
   * The rule's definition: a comparison of the fractions yes/cast (or yes/entitlements) with 1/2 or
   * 2/3.
   */
  private static boolean definitionAdopts(MajorityRule rule, long yes, long no, long entitlements) {
    BigInteger y = BigInteger.valueOf(yes);
    BigInteger cast = BigInteger.valueOf(yes + no);
    return switch (rule) {
      // yes / cast > 1 / 2
      case SIMPLE -> cast.signum() > 0 && y.multiply(BigInteger.TWO).compareTo(cast) > 0;
      // yes / cast >= 2 / 3
      case TWO_THIRDS ->
          cast.signum() > 0
              && y.multiply(BigInteger.valueOf(3)).compareTo(cast.multiply(BigInteger.TWO)) >= 0;
      // yes / entitlements > 1 / 2
      case ABSOLUTE_OF_ENTITLEMENTS ->
          y.signum() > 0
              && y.multiply(BigInteger.TWO).compareTo(BigInteger.valueOf(entitlements)) > 0;
    };
  }

  @Property
  void outcomeMatchesTheRulesDefinition(
      @ForAll @IntRange(max = 3000) int yes,
      @ForAll @IntRange(max = 3000) int no,
      @ForAll @IntRange(max = 500) int abstain,
      @ForAll @IntRange(max = 6000) int entitlements,
      @ForAll MajorityRule rule) {
    Tally tally = new Tally(yes, no, abstain, Math.min(1, yes + no + abstain));
    Decision d = Decision.decide(tally, rule, QuorumRule.none(), new Electorate(0, entitlements));

    boolean adopts = definitionAdopts(rule, yes, no, entitlements);
    assertThat(d.outcome()).isEqualTo(adopts ? Outcome.ADOPTED : Outcome.REJECTED);
    assertThat(d.cast()).isEqualTo(yes + no);
    // required is the least yes that adopts, with the same no votes left as they are
    int required = d.required();
    if (rule != MajorityRule.ABSOLUTE_OF_ENTITLEMENTS) {
      int cast = yes + no;
      assertThat(definitionAdopts(rule, required, cast - required, entitlements) || required > cast)
          .isTrue();
      assertThat(definitionAdopts(rule, required - 1, cast - required + 1, entitlements)).isFalse();
    } else {
      assertThat(definitionAdopts(rule, required, 0, entitlements)).isTrue();
      assertThat(definitionAdopts(rule, required - 1, 0, entitlements)).isFalse();
    }
  }

  @Property
  void quorumMatchesItsDefinition(
      @ForAll @IntRange(max = 2000) int yes,
      @ForAll @IntRange(max = 2000) int no,
      @ForAll @IntRange(max = 2000) int abstain,
      @ForAll @IntRange(max = 150) int delegationsVoted,
      @ForAll @IntRange(max = 200) int electorateDelegations,
      @ForAll @IntRange(max = 5000) int extraEntitlements,
      @ForAll("quorumRules") QuorumRule quorumRule) {
    int total = yes + no + abstain;
    int voted = total == 0 ? 0 : Math.max(1, Math.min(delegationsVoted, total));
    Tally tally = new Tally(yes, no, abstain, voted);
    Electorate electorate =
        new Electorate(electorateDelegations, electorateDelegations + extraEntitlements);
    Decision d = Decision.decide(tally, MajorityRule.SIMPLE, quorumRule, electorate);

    long takingPart =
        switch (quorumRule.basis()) {
          case NONE -> 0;
          case ENTITLEMENTS -> total;
          case DELEGATIONS -> voted;
        };
    long base =
        switch (quorumRule.basis()) {
          case NONE -> 0;
          case ENTITLEMENTS -> electorate.entitlements();
          case DELEGATIONS -> electorate.delegations();
        };
    boolean met =
        BigInteger.valueOf(takingPart)
                .multiply(BigInteger.valueOf(quorumRule.denominator()))
                .compareTo(
                    BigInteger.valueOf(quorumRule.numerator()).multiply(BigInteger.valueOf(base)))
            >= 0;
    assertThat(d.quorum().met()).isEqualTo(met);
    assertThat(d.outcome() == Outcome.NO_QUORUM).isEqualTo(!met);
  }

  @Property
  void emergencySelectionPicksTheMostYesEligibleRequest(
      @ForAll("emergencyRollCalls") List<Map<String, BallotSplit>> roll, @ForAll Random random) {
    EmergencyItemSelection selection = EmergencyItemSelection.select(REQUESTS, roll);

    Map<String, long[]> totals = new LinkedHashMap<>();
    REQUESTS.forEach(r -> totals.put(r, new long[2]));
    roll.forEach(
        ballot ->
            ballot.forEach(
                (request, split) -> {
                  totals.get(request)[0] += split.yes();
                  totals.get(request)[1] += split.no();
                }));
    List<String> eligible =
        REQUESTS.stream()
            .filter(
                r ->
                    definitionAdopts(
                        MajorityRule.TWO_THIRDS, totals.get(r)[0], totals.get(r)[1], 0))
            .toList();
    long mostYes = eligible.stream().mapToLong(r -> totals.get(r)[0]).max().orElse(-1);
    List<String> leading = eligible.stream().filter(r -> totals.get(r)[0] == mostYes).toList();

    assertThat(selection.requests())
        .extracting(EmergencyItemSelection.RequestResult::request)
        .containsExactlyElementsOf(REQUESTS);
    assertThat(
            selection.requests().stream()
                .filter(EmergencyItemSelection.RequestResult::eligible)
                .map(EmergencyItemSelection.RequestResult::request))
        .containsExactlyElementsOf(eligible);
    assertThat(selection.leadingRequests()).containsExactlyElementsOf(leading);
    switch (selection.outcome()) {
      case NONE_ELIGIBLE -> assertThat(eligible).isEmpty();
      case ADDED -> {
        String added = selection.addedRequest().orElseThrow();
        assertThat(eligible).contains(added);
        eligible.stream()
            .filter(r -> !r.equals(added))
            .forEach(r -> assertThat(totals.get(r)[0]).isLessThan(totals.get(added)[0]));
      }
      case TIE -> {
        assertThat(leading).hasSizeGreaterThanOrEqualTo(2);
        assertThat(selection.addedRequest()).isEmpty();
      }
    }

    List<Map<String, BallotSplit>> shuffled = new ArrayList<>(roll);
    Collections.shuffle(shuffled, random);
    assertThat(EmergencyItemSelection.select(REQUESTS, shuffled)).isEqualTo(selection);
  }

  @Provide
  Arbitrary<QuorumRule> quorumRules() {
    Arbitrary<QuorumRule> shares =
        Combinators.combine(
                Arbitraries.of(QuorumRule.Basis.ENTITLEMENTS, QuorumRule.Basis.DELEGATIONS),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 12))
            .as(
                (basis, denominator, numerator) ->
                    new QuorumRule(basis, Math.min(numerator, denominator), denominator));
    return Arbitraries.oneOf(shares, Arbitraries.just(QuorumRule.none()));
  }

  /** Small numbers so that ties and exact two-thirds occur often. */
  @Provide
  Arbitrary<List<Map<String, BallotSplit>>> emergencyRollCalls() {
    Arbitrary<BallotSplit> split =
        Combinators.combine(
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3))
            .as(BallotSplit::new);
    return Arbitraries.maps(Arbitraries.of(REQUESTS), split)
        .ofMaxSize(REQUESTS.size())
        .list()
        .ofMaxSize(12);
  }
}
