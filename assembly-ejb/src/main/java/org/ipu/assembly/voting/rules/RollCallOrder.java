package org.ipu.assembly.voting.rules;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a roll call calls the delegations: those with usable votes, by English name,
 * starting from the letter drawn by lot and going round the alphabet (a lot of {@code M} calls
 * Madagascar ... Zimbabwe, then Afghanistan ... Luxembourg).
 */
public final class RollCallOrder {

  private RollCallOrder() {}

  /**
   * A delegation in the roll call.
   *
   * @param parliamentId the parliament the delegation stands for
   * @param englishName its country's English name, which the order follows
   * @param usableVotes the votes it may cast in this vote
   */
  public record Delegation(long parliamentId, String englishName, int usableVotes)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public Delegation {
      if (englishName == null || englishName.isEmpty()) {
        throw new IllegalArgumentException("delegation " + parliamentId + " has no English name");
      }
      Checks.notNegative(usableVotes, "usableVotes");
    }
  }

  /**
   * The delegations with usable votes in calling order.
   *
   * @param letter the letter drawn by lot, {@code A} to {@code Z}
   */
  public static List<Delegation> of(char letter, Collection<Delegation> delegations) {
    char start = Character.toUpperCase(letter);
    if (start < 'A' || start > 'Z') {
      throw new IllegalArgumentException("the letter drawn must be A to Z, not " + letter);
    }
    return Checks.noNulls(delegations, "delegations").stream()
        .filter(d -> d.usableVotes() > 0)
        .sorted(
            Comparator.comparing(
                    (Delegation d) -> Character.toUpperCase(d.englishName().charAt(0)) < start)
                .thenComparing(Delegation::englishName))
        .toList();
  }
}
