package org.ipu.assembly.sideevents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.sideevents.rules.BookingCheckTest.DAY;
import static org.ipu.assembly.sideevents.rules.BookingCheckTest.HOURS;
import static org.ipu.assembly.sideevents.rules.BookingCheckTest.at;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

  static final RoomFacts SMALL = new RoomFacts(1, "Room 1", 20, Set.of(), 0, true);
  static final RoomFacts MEDIUM =
      new RoomFacts(2, "Room 2", 60, Set.of(Equipment.PROJECTOR), 2, true);
  static final RoomFacts LARGE =
      new RoomFacts(3, "Room 3", 200, Set.of(Equipment.PROJECTOR), 4, true);
  static final List<RoomFacts> ROOMS = List.of(SMALL, MEDIUM, LARGE);

  @Test
  void theSameTimeInAnotherRoomThatFitsComesFirstThenTheNearestTimes() {
    Booking wanted = new Booking(at(0, 13, 0, 14, 30), 50, true, Set.of(Equipment.PROJECTOR));
    List<Occupation> busy = List.of(new Occupation(2L, 9L, at(0, 13, 0, 14, 30), "Taken"));

    List<FreeSlots.Suggestion> suggestions =
        FreeSlots.suggest(wanted, 2L, ROOMS, HOURS, busy, null, 3);

    assertThat(suggestions)
        .containsExactly(
            new FreeSlots.Suggestion(3, "Room 3", at(0, 13, 0, 14, 30)),
            new FreeSlots.Suggestion(3, "Room 3", at(0, 12, 45, 14, 15)),
            new FreeSlots.Suggestion(3, "Room 3", at(0, 13, 15, 14, 45)));
  }

  @Test
  void noRoomThatFitsMeansNoSuggestion() {
    Booking huge = new Booking(at(0, 13, 0, 14, 0), 500, false, Set.of());
    assertThat(FreeSlots.suggest(huge, null, ROOMS, HOURS, List.of(), null, 5)).isEmpty();
  }

  /** Every suggestion passes every check, and keeps the length asked for. */
  @Property(tries = 200)
  void everySuggestionIsBookable(
      @ForAll @IntRange(min = 0, max = 3) int day,
      @ForAll @IntRange(min = 32, max = 75) int start,
      @ForAll @IntRange(min = 1, max = 12) int length,
      @ForAll @IntRange(min = 1, max = 250) int expected,
      @ForAll @IntRange(min = 32, max = 75) int busyStart) {
    Period period = BookingCheckTest.quarters(start, length);
    Period shifted = new Period(period.start().plusDays(day), period.end().plusDays(day));
    Booking booking = new Booking(shifted, expected, false, Set.of());
    List<Occupation> busy =
        List.of(
            new Occupation(3L, 1L, BookingCheckTest.quarters(busyStart, 8), "Busy"),
            new Occupation(null, null, new Period(DAY.atTime(9, 0), DAY.atTime(12, 0)), "Plenary"));
    for (FreeSlots.Suggestion s : FreeSlots.suggest(booking, null, ROOMS, HOURS, busy, null, 10)) {
      RoomFacts room = ROOMS.stream().filter(r -> r.id() == s.roomId()).findFirst().orElseThrow();
      assertThat(BookingCheck.problems(booking.at(s.period()), room, HOURS, busy, null)).isEmpty();
      assertThat(s.period().length()).isEqualTo(shifted.length());
    }
  }
}
