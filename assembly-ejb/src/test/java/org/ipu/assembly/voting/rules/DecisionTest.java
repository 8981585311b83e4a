package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static Tally tally(int yes, int no, int abstain) {
    return new Tally(yes, no, abstain, yes + no + abstain > 0 ? 1 : 0);
  }

  @Test
  void twoThirdsExampleOfThe140thAssembly() {
    Decision d = Decision.decide(tally(1011, 491, 0), MajorityRule.TWO_THIRDS);
    assertThat(d.cast()).isEqualTo(1502);
    assertThat(d.required()).isEqualTo(1002);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(d.rule()).isEqualTo(MajorityRule.TWO_THIRDS);
    assertThat(d.yes()).isEqualTo(1011);
    assertThat(d.no()).isEqualTo(491);
    assertThat(d.abstain()).isZero();
    assertThat(d.quorum().met()).isTrue();

    assertThat(Decision.decide(tally(1001, 501, 0), MajorityRule.TWO_THIRDS).outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void exactlyTwoThirdsAdopts() {
    Decision exact = Decision.decide(tally(20, 10, 7), MajorityRule.TWO_THIRDS);
    assertThat(exact.required()).isEqualTo(20);
    assertThat(exact.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(Decision.decide(tally(19, 10, 0), MajorityRule.TWO_THIRDS).outcome())
        .isEqualTo(Outcome.REJECTED);
    assertThat(MajorityRule.TWO_THIRDS.requiredYes(1, 0)).isEqualTo(1);
    assertThat(MajorityRule.TWO_THIRDS.requiredYes(2, 0)).isEqualTo(2);
    assertThat(MajorityRule.TWO_THIRDS.requiredYes(4, 0)).isEqualTo(3);
  }

  @Test
  void simpleMajorityExcludesAbstentions() {
    Decision d = Decision.decide(tally(51, 49, 400), MajorityRule.SIMPLE);
    assertThat(d.required()).isEqualTo(51);
    assertThat(d.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(Decision.decide(tally(3, 2, 0), MajorityRule.SIMPLE).required()).isEqualTo(3);
  }

  @Test
  void tieRejects() {
    Decision d = Decision.decide(tally(50, 50, 3), MajorityRule.SIMPLE);
    assertThat(d.required()).isEqualTo(51);
    assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void zeroCastRejectsUnderEveryRule() {
    for (MajorityRule rule : List.of(MajorityRule.SIMPLE, MajorityRule.TWO_THIRDS)) {
      Decision onlyAbstentions = Decision.decide(tally(0, 0, 12), rule);
      assertThat(onlyAbstentions.cast()).isZero();
      assertThat(onlyAbstentions.required()).isEqualTo(1);
      assertThat(onlyAbstentions.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(Decision.decide(Tally.of(List.of()), rule).outcome()).isEqualTo(Outcome.REJECTED);
    }
    Decision absolute =
        Decision.decide(
            tally(0, 0, 5),
            MajorityRule.ABSOLUTE_OF_ENTITLEMENTS,
            QuorumRule.none(),
            new Electorate(0, 0));
    assertThat(absolute.required()).isEqualTo(1);
    assertThat(absolute.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void absoluteMajorityCountsAllEntitlements() {
    Electorate electorate = new Electorate(120, 1500);
    Decision adopted =
        Decision.decide(
            tally(751, 10, 0),
            MajorityRule.ABSOLUTE_OF_ENTITLEMENTS,
            QuorumRule.none(),
            electorate);
    assertThat(adopted.required()).isEqualTo(751);
    assertThat(adopted.outcome()).isEqualTo(Outcome.ADOPTED);
    Decision rejected =
        Decision.decide(
            tally(750, 0, 0), MajorityRule.ABSOLUTE_OF_ENTITLEMENTS, QuorumRule.none(), electorate);
    assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(MajorityRule.ABSOLUTE_OF_ENTITLEMENTS.requiredYes(0, 1501)).isEqualTo(751);
  }

  @Test
  void absoluteMajorityNeedsTheElectorate() {
    assertThatThrownBy(() -> Decision.decide(tally(1, 0, 0), MajorityRule.ABSOLUTE_OF_ENTITLEMENTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs the electorate");
  }

  @Test
  void quorumOfEntitlements() {
    Electorate electorate = new Electorate(100, 1001);
    QuorumRule half = QuorumRule.ofEntitlements(1, 2);
    Decision short1 = Decision.decide(tally(400, 0, 100), MajorityRule.SIMPLE, half, electorate);
    assertThat(short1.outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(short1.quorum().required()).isEqualTo(501);
    assertThat(short1.quorum().takingPart()).isEqualTo(500);
    assertThat(short1.quorum().met()).isFalse();

    Decision met = Decision.decide(tally(400, 0, 101), MajorityRule.SIMPLE, half, electorate);
    assertThat(met.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(met.quorum().met()).isTrue();
  }

  @Test
  void quorumOfDelegations() {
    Electorate electorate = new Electorate(150, 1800);
    QuorumRule twoThirds = QuorumRule.ofDelegations(2, 3);
    assertThat(
            Decision.decide(new Tally(900, 100, 0, 99), MajorityRule.SIMPLE, twoThirds, electorate)
                .outcome())
        .isEqualTo(Outcome.NO_QUORUM);
    Decision met =
        Decision.decide(new Tally(10, 900, 0, 100), MajorityRule.SIMPLE, twoThirds, electorate);
    assertThat(met.quorum().required()).isEqualTo(100);
    assertThat(met.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void noQuorumByDefault() {
    QuorumCheck check = QuorumRule.none().check(tally(0, 0, 0), new Electorate(150, 1800));
    assertThat(check.met()).isTrue();
    assertThat(check.rule().basis()).isEqualTo(QuorumRule.Basis.NONE);
  }

  @Test
  void quorumRuleValidation() {
    assertThatThrownBy(() -> QuorumRule.ofEntitlements(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator");
    assertThatThrownBy(() -> QuorumRule.ofEntitlements(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not exceed 1");
    assertThatThrownBy(() -> QuorumRule.ofDelegations(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator");
    assertThatThrownBy(() -> new QuorumRule(QuorumRule.Basis.NONE, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a quorum");
  }

  @Test
  void decisionRejectsContradictoryNumbers() {
    QuorumCheck met = QuorumRule.none().check(tally(0, 0, 0), new Electorate(0, 0));
    assertThatThrownBy(
            () -> new Decision(Outcome.ADOPTED, MajorityRule.SIMPLE, 5, 5, 0, 10, 6, met))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contradicts");
    assertThatThrownBy(
            () -> new Decision(Outcome.REJECTED, MajorityRule.SIMPLE, 5, 5, 0, 9, 6, met))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cast 9");
    assertThatThrownBy(
            () -> new Decision(Outcome.REJECTED, MajorityRule.SIMPLE, 0, 0, 0, 0, 0, met))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("required must be positive");
  }

  @Test
  void tallyCountsBallots() {
    Tally t =
        Tally.of(
            List.of(
                new BallotSplit(10, 2, 1), new BallotSplit(0, 23, 0), new BallotSplit(4, 4, 4)));
    assertThat(t).isEqualTo(new Tally(14, 29, 5, 3));
    assertThat(t.cast()).isEqualTo(43);
    assertThat(t.total()).isEqualTo(48);
  }

  @Test
  void tallyRejectsEmptyBallotsAndInconsistentCounts() {
    assertThatThrownBy(() -> Tally.of(List.of(new BallotSplit(1, 0, 0), BallotSplit.EMPTY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty ballot");
    assertThatThrownBy(() -> Tally.of(Arrays.asList(new BallotSplit(1, 0, 0), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain null");
    assertThatThrownBy(() -> new Tally(1, 0, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delegationsVoted");
    assertThatThrownBy(() -> new Tally(1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without any delegation");
    assertThatThrownBy(() -> new Tally(-1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yes must not be negative");
  }

  @Test
  void electorateOfEntitlements() {
    VoteAllocation allocation = new VoteAllocation(Statutes.voteAllocation());
    Electorate electorate =
        Electorate.of(
            List.of(
                allocation.entitlementOf(DelegationFacts.member(1_400_000_000, 0)),
                allocation.entitlementOf(DelegationFacts.member(500_000, 2)),
                allocation.entitlementOf(
                    new DelegationFacts(Standing.MEMBER, true, false, 500_000, 2)),
                allocation.entitlementOf(
                    new DelegationFacts(Standing.OBSERVER, false, false, 500_000, 2))));
    assertThat(electorate).isEqualTo(new Electorate(2, 33));
    assertThatThrownBy(() -> new Electorate(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entitlements 2");
  }
}
