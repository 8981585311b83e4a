package org.ipu.assembly.sideevents.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rooms and times to suggest for a booking that cannot have what it asked for: rooms that suit
 * it (size, booths, equipment), free for a period of the same length within the bookable hours; the
 * preferred day first, then the nearest start, the preferred room, the smallest room that fits.
 */
public final class FreeSlots {

  /** A room and a time that take the booking. */
  public record Suggestion(long roomId, String roomName, Period period) {}

  private FreeSlots() {}

  public static List<Suggestion> suggest(
      Booking booking,
      Long preferredRoom,
      List<RoomFacts> rooms,
      BookingHours hours,
      List<Occupation> occupations,
      Long except,
      int limit) {
    if (booking.period().isEmpty()) {
      return List.of();
    }
    LocalDate preferredDay = hours.isDay(booking.period().day()) ? booking.period().day() : null;
    List<Candidate> candidates = new ArrayList<>();
    for (RoomFacts room : rooms) {
      if (!room.suits(booking)) {
        continue;
      }
      for (LocalDate day : hours.days()) {
        for (LocalDateTime start : hours.startsFor(day, booking.period())) {
          Booking moved = booking.at(booking.period().startingAt(start));
          if (BookingCheck.problems(moved, room, hours, occupations, except).isEmpty()) {
            candidates.add(new Candidate(room, moved.period(), day.equals(preferredDay)));
          }
        }
      }
    }
    LocalDateTime wanted = booking.period().start();
    return candidates.stream()
        .sorted(
            Comparator.comparing((Candidate c) -> !c.preferredDay())
                .thenComparing(
                    c ->
                        Math.abs(c.period().day().toEpochDay() - wanted.toLocalDate().toEpochDay()))
                .thenComparing(
                    c ->
                        Duration.between(c.period().start().toLocalTime(), wanted.toLocalTime())
                            .abs())
                .thenComparing(c -> !Long.valueOf(c.room().id()).equals(preferredRoom))
                .thenComparing(c -> c.room().capacity())
                .thenComparing(c -> c.period().start()))
        .limit(limit)
        .map(c -> new Suggestion(c.room().id(), c.room().name(), c.period()))
        .toList();
  }

  private record Candidate(RoomFacts room, Period period, boolean preferredDay) {}
}
