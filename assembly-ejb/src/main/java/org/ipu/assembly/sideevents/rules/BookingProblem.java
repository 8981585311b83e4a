package org.ipu.assembly.sideevents.rules;

import java.util.List;

/**
 * Why a room cannot take a booking, in plain words for the person asking: a code (with a text in
 * each language, {@code error.<code>}) and the values its text needs.
 */
public record BookingProblem(String code, List<Object> values) {

  public static final String EMPTY = "side-events.period.empty";
  public static final String NOT_ALIGNED = "side-events.period.not-aligned";
  public static final String OUTSIDE_DAYS = "side-events.period.outside-days";
  public static final String OUTSIDE_HOURS = "side-events.period.outside-hours";
  public static final String BLOCKED = "side-events.room.blocked";
  public static final String TOO_SMALL = "side-events.room.too-small";
  public static final String NO_BOOTHS = "side-events.room.no-booths";
  public static final String MISSING_EQUIPMENT = "side-events.room.missing-equipment";
  public static final String TAKEN = "side-events.room.taken";

  public BookingProblem {
    values = List.copyOf(values);
  }

  static BookingProblem of(String code, Object... values) {
    return new BookingProblem(code, List.of(values));
  }
}
