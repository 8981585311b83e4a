package org.ipu.assembly.sideevents.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When rooms may be booked: on the Assembly's days, between {@code opens} and {@code closes} each
 * day, on a grid of {@code slotMinutes}.
 */
public record BookingHours(
    LocalDate firstDay, LocalDate lastDay, LocalTime opens, LocalTime closes, int slotMinutes) {

  public BookingHours {
    if (slotMinutes < 1 || slotMinutes > 240) {
      throw new IllegalArgumentException("slot of " + slotMinutes + " minutes");
    }
  }

  public boolean isDay(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /** Whether the period lies within one day's bookable hours. */
  public boolean within(Period period) {
    LocalDate day = period.day();
    return new Period(day.atTime(opens), day.atTime(closes)).contains(period);
  }

  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  /** The starts on the grid from which a period of the same length fits in the day's hours. */
  public List<LocalDateTime> startsFor(LocalDate day, Period like) {
    List<LocalDateTime> starts = new ArrayList<>();
    LocalDateTime closing = day.atTime(closes);
    for (LocalDateTime s = day.atTime(opens);
        !s.plus(like.length()).isAfter(closing);
        s = s.plusMinutes(slotMinutes)) {
      starts.add(s);
    }
    return starts;
  }
}
