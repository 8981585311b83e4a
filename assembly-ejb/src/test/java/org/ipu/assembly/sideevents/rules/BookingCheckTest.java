package org.ipu.assembly.sideevents.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BookingCheckTest {

  static final LocalDate DAY = LocalDate.of(2027, 3, 22);
  static final BookingHours HOURS =
      new BookingHours(DAY, DAY.plusDays(3), LocalTime.of(8, 0), LocalTime.of(20, 0), 15);
  static final RoomFacts ROOM =
      new RoomFacts(7, "Room 7", 40, Set.of(Equipment.PROJECTOR), 2, true);

  static Period at(int day, int h1, int m1, int h2, int m2) {
    return new Period(DAY.plusDays(day).atTime(h1, m1), DAY.plusDays(day).atTime(h2, m2));
  }

  static Booking booking(Period period) {
    return new Booking(period, 30, false, Set.of());
  }

  static List<String> codes(Booking booking, List<Occupation> occupations) {
    return BookingCheck.problems(booking, ROOM, HOURS, occupations, null).stream()
        .map(BookingProblem::code)
        .toList();
  }

  @Test
  void aLunchtimeEventInAFreeRoomThatFitsHasNoProblem() {
    assertThat(codes(booking(at(1, 13, 15, 14, 45)), List.of())).isEmpty();
  }

  @Test
  void theTimeMustLastLieOnTheGridOnAnAssemblyDayAndWithinTheHours() {
    assertThat(codes(booking(at(0, 14, 0, 13, 0)), List.of()))
        .containsExactly(BookingProblem.EMPTY);
    assertThat(codes(booking(at(0, 13, 10, 14, 0)), List.of()))
        .containsExactly(BookingProblem.NOT_ALIGNED);
    assertThat(codes(booking(at(4, 13, 0, 14, 0)), List.of()))
        .containsExactly(BookingProblem.OUTSIDE_DAYS);
    assertThat(codes(booking(at(-1, 13, 0, 14, 0)), List.of()))
        .containsExactly(BookingProblem.OUTSIDE_DAYS);
    assertThat(codes(booking(at(0, 7, 30, 9, 0)), List.of()))
        .containsExactly(BookingProblem.OUTSIDE_HOURS);
    assertThat(codes(booking(at(0, 19, 0, 20, 0)), List.of())).isEmpty();
    assertThat(
            codes(booking(new Period(DAY.atTime(19, 0), DAY.plusDays(1).atTime(9, 0))), List.of()))
        .containsExactly(BookingProblem.OUTSIDE_HOURS);
  }

  @Test
  void theRoomMustHoldTheAttendanceHaveABoothAndTheEquipment() {
    Booking big =
        new Booking(
            at(0, 13, 0, 14, 0), 41, true, Set.of(Equipment.PROJECTOR, Equipment.MICROPHONES));
    RoomFacts noBooths = new RoomFacts(7, "Room 7", 40, Set.of(Equipment.PROJECTOR), 0, true);
    List<BookingProblem> problems = BookingCheck.problems(big, noBooths, HOURS, List.of(), null);
    assertThat(problems)
        .extracting(BookingProblem::code)
        .containsExactly(
            BookingProblem.TOO_SMALL, BookingProblem.NO_BOOTHS, BookingProblem.MISSING_EQUIPMENT);
    assertThat(problems.get(0).values()).containsExactly("Room 7", 40, 41);
    assertThat(problems.get(2).values()).containsExactly("Room 7", "microphones");
  }

  @Test
  void anApprovedEventOrABlockOverlappingIsAProblemButNotOneThatOnlyTouches() {
    Occupation lunch = new Occupation(7L, 99L, at(0, 13, 0, 14, 0), "Water for all");
    Occupation plenary = new Occupation(null, null, at(0, 9, 0, 13, 0), "Plenary sitting");
    Occupation otherRoom = new Occupation(8L, 98L, at(0, 14, 0, 15, 0), "Elsewhere");
    List<Occupation> busy = List.of(lunch, plenary, otherRoom);

    assertThat(codes(booking(at(0, 12, 0, 14, 0)), busy))
        .containsExactlyInAnyOrder(BookingProblem.TAKEN, BookingProblem.BLOCKED);
    assertThat(codes(booking(at(0, 14, 0, 15, 0)), busy)).isEmpty();
    List<BookingProblem> taken =
        BookingCheck.problems(booking(at(0, 13, 30, 14, 30)), ROOM, HOURS, busy, null);
    assertThat(taken.get(0).values()).containsExactly("Room 7", "Water for all", "13:00", "14:00");
    // the event itself, being moved, is no obstacle
    assertThat(BookingCheck.problems(booking(at(0, 13, 30, 14, 30)), ROOM, HOURS, busy, 99L))
        .isEmpty();
  }

  /** Two aligned periods overlap exactly when they would hold a common slot. */
  @Property
  void overlapIsSharingASlot(
      @ForAll @IntRange(min = 32, max = 79) int s1,
      @ForAll @IntRange(min = 1, max = 16) int l1,
      @ForAll @IntRange(min = 32, max = 79) int s2,
      @ForAll @IntRange(min = 1, max = 16) int l2) {
    Period a = quarters(s1, l1);
    Period b = quarters(s2, l2);
    boolean shareSlot = a.slots(15).stream().anyMatch(b.slots(15)::contains);
    assertThat(a.overlaps(b)).isEqualTo(shareSlot).isEqualTo(b.overlaps(a));
    assertThat(a.slots(15)).hasSize(l1).first().isEqualTo(a.start());
  }

  /** A period is bookable in a free room exactly when it is aligned and within the hours. */
  @Property
  void bookableExactlyWithinTheHours(
      @ForAll @IntRange(min = 0, max = 95) int start,
      @ForAll @IntRange(min = 1, max = 20) int length) {
    Period period = quarters(start, length);
    boolean inside =
        !period.start().toLocalTime().isBefore(LocalTime.of(8, 0))
            && period.end().toLocalDate().equals(DAY)
            && !period.end().toLocalTime().isAfter(LocalTime.of(20, 0));
    assertThat(codes(booking(period), List.of()).isEmpty()).isEqualTo(inside);
  }

  static Period quarters(int start, int length) {
    LocalDateTime from = DAY.atStartOfDay().plusMinutes(15L * start);
    return new Period(from, from.plusMinutes(15L * length));
  }
}
