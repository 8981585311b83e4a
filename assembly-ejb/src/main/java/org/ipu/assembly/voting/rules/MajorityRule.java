package org.ipu.assembly.voting.rules;

/**
 * The majority a decision needs. Each rule gives the number of yes votes required; a proposal is
 * adopted when {@code yes >= requiredYes}. At least one yes vote is always required, so a vote in
 * which no votes are cast (only abstentions, or no ballots) is rejected under every rule.
 */
public enum MajorityRule {

  /**
   * More yes than half of the votes cast (cast = yes + no; abstentions out): {@code 2 x yes >
   * cast}, which is {@code yes > no}. A tie rejects. Required: {@code floor(cast / 2) + 1}.
   */
  SIMPLE,

  /**
   * A two-thirds majority of the votes cast: {@code 3 x yes >= 2 x cast}, so exactly two-thirds
   * adopts. Required: {@code ceil(2 x cast / 3)}, at least 1. Used for the emergency item (Assembly
   * Rule 11.2(a)).
   */
  TWO_THIRDS,

  /**
   * More yes than half of the total entitlements of all voting Members, whether or not they vote:
   * {@code 2 x yes > totalEntitlements}. Required: {@code floor(totalEntitlements / 2) + 1}.
   */
  ABSOLUTE_OF_ENTITLEMENTS;

  /**
   * The smallest number of yes votes that adopts.
   *
   * @param cast yes + no
   * @param totalEntitlements total entitlements of all voting Members; used only by {@link
   *     #ABSOLUTE_OF_ENTITLEMENTS}
   */
  public int requiredYes(int cast, int totalEntitlements) {
    Checks.notNegative(cast, "cast");
    Checks.notNegative(totalEntitlements, "totalEntitlements");
    long required =
        switch (this) {
          case SIMPLE -> cast / 2 + 1;
          case TWO_THIRDS -> Math.max(1, (2L * cast + 2) / 3);
          case ABSOLUTE_OF_ENTITLEMENTS -> totalEntitlements / 2 + 1;
        };
    return (int) required;
  }

  /** Whether the yes votes reach {@link #requiredYes(int, int)}. */
  public boolean adopts(int yes, int cast, int totalEntitlements) {
    Checks.notNegative(yes, "yes");
    if (yes > cast) {
      throw new IllegalArgumentException("yes " + yes + " exceeds the votes cast " + cast);
    }
    return yes >= requiredYes(cast, totalEntitlements);
  }
}
