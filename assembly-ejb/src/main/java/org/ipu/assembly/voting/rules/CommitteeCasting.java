package org.ipu.assembly.voting.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who casts a Member's vote in a Standing Committee's vote: each Member has one vote, cast by its
 * member of the committee when present, else by its substitute when present (the substitute votes
 * only in the member's absence: Rules of the Standing Committees, Rule 1). Neither present: the
 * Member has no vote to cast. Presence is the plenary's confirmed presence.
 */
public final class CommitteeCasting {

  /** The one vote each Member has in a committee vote. */
  public static final int VOTES_PER_MEMBER = 1;

  /** A delegate's seat on the committee. */
  public enum Seat {
    MEMBER,
    SUBSTITUTE
  }

  /**
   * One of a Member's delegates seated on the committee.
   *
   * @param accountId the delegate's account
   * @param seat member or substitute
   * @param present whether confirmed present
   */
  public record Seated(long accountId, Seat seat, boolean present) {

    public Seated {
      Checks.notNull(seat, "seat");
    }
  }

  private CommitteeCasting() {}

  /**
   * The account that casts the Member's vote, from the Member's delegates seated on the committee:
   * a member present, else a substitute present (the lowest account first, should the registration
   * hold two); empty when neither is present.
   */
  public static Optional<Long> caster(List<Seated> seats) {
    return present(seats, Seat.MEMBER).or(() -> present(seats, Seat.SUBSTITUTE));
  }

  /** The Member's votes in the committee vote now: one when someone may cast it, else none. */
  public static int votes(List<Seated> seats) {
    return caster(seats).isPresent() ? VOTES_PER_MEMBER : 0;
  }

  /**
   * Why the account may not cast the Member's vote (a stable code), or empty when it may: a member
   * present casts; a substitute present casts only when no member is present.
   */
  public static Optional<String> refusal(List<Seated> seats, long accountId) {
    Optional<Seated> own = seats.stream().filter(s -> s.accountId() == accountId).findFirst();
    if (own.isEmpty()) {
      return Optional.of("ballot.not-on-committee");
    }
    if (!own.get().present()) {
      return Optional.of("ballot.not-present");
    }
    if (own.get().seat() == Seat.SUBSTITUTE && present(seats, Seat.MEMBER).isPresent()) {
      return Optional.of("ballot.committee-member-present");
    }
    return Optional.empty();
  }

  private static Optional<Long> present(List<Seated> seats, Seat seat) {
    return seats.stream()
        .filter(s -> s.seat() == seat && s.present())
        .map(Seated::accountId)
        .min(Comparator.naturalOrder());
  }
}
