package org.ipu.assembly.sideevents.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a room can take a booking, and if not every reason why: the period lasts, lies on the
 * slot grid, on an Assembly day, within the bookable hours and outside blocked periods; the room
 * holds the expected attendance, has a booth where interpretation is needed and the equipment
 * needed; and no other approved event holds it then ({@code except} the event being moved).
 */
public final class BookingCheck {

  private BookingCheck() {}

  public static List<BookingProblem> problems(
      Booking booking,
      RoomFacts room,
      BookingHours hours,
      List<Occupation> occupations,
      Long except) {
    List<BookingProblem> problems = new ArrayList<>(timeProblems(booking.period(), hours));
    if (room.capacity() < booking.expected()) {
      problems.add(
          BookingProblem.of(
              BookingProblem.TOO_SMALL, room.name(), room.capacity(), booking.expected()));
    }
    if (booking.interpretation() && room.booths() == 0) {
      problems.add(BookingProblem.of(BookingProblem.NO_BOOTHS, room.name()));
    }
    Set<Equipment> missing =
        booking.needs().isEmpty()
            ? EnumSet.noneOf(Equipment.class)
            : EnumSet.copyOf(booking.needs());
    missing.removeAll(room.equipment());
    if (!missing.isEmpty()) {
      problems.add(
          BookingProblem.of(
              BookingProblem.MISSING_EQUIPMENT,
              room.name(),
              missing.stream()
                  .map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                  .collect(java.util.stream.Collectors.joining(", "))));
    }
    if (!booking.period().isEmpty()) {
      for (Occupation o : occupations) {
        if (o.hinders(room.id(), booking.period()) && !o.isBlock() && !o.eventId().equals(except)) {
          problems.add(problem(BookingProblem.TAKEN, room, o));
        } else if (o.hinders(room.id(), booking.period()) && o.isBlock()) {
          problems.add(problem(BookingProblem.BLOCKED, room, o));
        }
      }
    }
    return problems;
  }

  private static BookingProblem problem(String code, RoomFacts room, Occupation o) {
    return BookingProblem.of(
        code,
        room.name(),
        o.what(),
        o.period().start().toLocalTime().toString(),
        o.period().end().toLocalTime().toString());
  }

  /** What is wrong with the time alone, whatever the room. */
  public static List<BookingProblem> timeProblems(Period period, BookingHours hours) {
    List<BookingProblem> problems = new ArrayList<>();
    if (period.isEmpty()) {
      problems.add(BookingProblem.of(BookingProblem.EMPTY));
      return problems;
    }
    if (!period.isAligned(hours.slotMinutes())) {
      problems.add(BookingProblem.of(BookingProblem.NOT_ALIGNED, hours.slotMinutes()));
    }
    if (!hours.isDay(period.day())) {
      problems.add(
          BookingProblem.of(
              BookingProblem.OUTSIDE_DAYS,
              hours.firstDay().toString(),
              hours.lastDay().toString()));
    } else if (!hours.within(period)) {
      problems.add(
          BookingProblem.of(
              BookingProblem.OUTSIDE_HOURS, hours.opens().toString(), hours.closes().toString()));
    }
    return problems;
  }
}
