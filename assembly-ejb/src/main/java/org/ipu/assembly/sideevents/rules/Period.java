package org.ipu.assembly.sideevents.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of time in the venue's local time, from {@code start} (included) to {@code end}
 * (excluded): an event ending at 14:00 and one starting at 14:00 do not overlap.
 */
public record Period(LocalDateTime start, LocalDateTime end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** Whether it lasts at all (ends after it starts). */
  public boolean isEmpty() {
    return !end.isAfter(start);
  }

  public boolean overlaps(Period other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** The day it starts on. */
  public LocalDate day() {
    return start.toLocalDate();
  }

  /** The same length, starting at {@code newStart}. */
  public Period startingAt(LocalDateTime newStart) {
    return new Period(newStart, newStart.plus(length()));
  }

  /** Whether both ends fall on the slot grid of {@code slotMinutes} from midnight. */
  public boolean isAligned(int slotMinutes) {
    return onGrid(start, slotMinutes) && onGrid(end, slotMinutes);
  }

  /**
   * The starts of the slots of {@code slotMinutes} it covers: the rows by which an approved event
   * holds its room (two events overlap exactly when they would hold a common slot).
   */
  public List<LocalDateTime> slots(int slotMinutes) {
    if (!isAligned(slotMinutes)) {
      throw new IllegalArgumentException(this + " is not on the grid of " + slotMinutes);
    }
    List<LocalDateTime> slots = new ArrayList<>();
    for (LocalDateTime s = start; s.isBefore(end); s = s.plusMinutes(slotMinutes)) {
      slots.add(s);
    }
    return slots;
  }

  private static boolean onGrid(LocalDateTime time, int slotMinutes) {
    return time.getSecond() == 0
        && time.getNano() == 0
        && (time.getHour() * 60 + time.getMinute()) % slotMinutes == 0;
  }
}
