package org.ipu.assembly.voting.rules;

/**
 * The decision of one vote, with every number needed to render it, e.g. "1,011 yes of 1,502 cast:
 * two-thirds needed 1,002 — adopted".
 *
 * @param outcome adopted, rejected, or no quorum
 * @param rule the majority rule applied
 * @param yes weighted yes votes
 * @param no weighted no votes
 * @param abstain weighted abstentions (not in the base of a majority)
 * @param cast yes + no
 * @param required yes votes needed to adopt (see {@link MajorityRule#requiredYes(int, int)})
 * @param quorum participation compared with the quorum
 */
public record Decision(
    Outcome outcome,
    MajorityRule rule,
    int yes,
    int no,
    int abstain,
    int cast,
    int required,
    QuorumCheck quorum) {

  public Decision {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(rule, "rule");
    Checks.notNull(quorum, "quorum");
    Checks.notNegative(yes, "yes");
    Checks.notNegative(no, "no");
    Checks.notNegative(abstain, "abstain");
    if (required <= 0) {
      throw new IllegalArgumentException("required must be positive, was " + required);
    }
    if ((long) yes + no != cast) {
      throw new IllegalArgumentException(
          "cast " + cast + " is not yes + no = " + ((long) yes + no));
    }
    Outcome expected =
        !quorum.met() ? Outcome.NO_QUORUM : yes >= required ? Outcome.ADOPTED : Outcome.REJECTED;
    if (outcome != expected) {
      throw new IllegalArgumentException(
          "outcome " + outcome + " contradicts the numbers, which give " + expected);
    }
  }

  /**
   * Decides a vote without a quorum under {@link MajorityRule#SIMPLE} or {@link
   * MajorityRule#TWO_THIRDS}.
   */
  public static Decision decide(Tally tally, MajorityRule rule) {
    Checks.notNull(rule, "rule");
    if (rule == MajorityRule.ABSOLUTE_OF_ENTITLEMENTS) {
      throw new IllegalArgumentException("rule " + rule + " needs the electorate");
    }
    return decide(tally, rule, QuorumRule.none(), new Electorate(0, 0));
  }

  /** Decides a vote: first the quorum, then the majority. */
  public static Decision decide(
      Tally tally, MajorityRule rule, QuorumRule quorumRule, Electorate electorate) {
    Checks.notNull(tally, "tally");
    Checks.notNull(rule, "rule");
    Checks.notNull(quorumRule, "quorumRule");
    Checks.notNull(electorate, "electorate");
    QuorumCheck quorum = quorumRule.check(tally, electorate);
    int required = rule.requiredYes(tally.cast(), electorate.entitlements());
    Outcome outcome =
        !quorum.met()
            ? Outcome.NO_QUORUM
            : rule.adopts(tally.yes(), tally.cast(), electorate.entitlements())
                ? Outcome.ADOPTED
                : Outcome.REJECTED;
    return new Decision(
        outcome, rule, tally.yes(), tally.no(), tally.abstain(), tally.cast(), required, quorum);
  }

  public boolean adopted() {
    return outcome == Outcome.ADOPTED;
  }
}
