package org.ipu.assembly.sideevents.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * Days and times as people give and read them: a day {@code 2027-03-22} and times {@code 13:15} in
 * the venue's local time.
 */
public final class VenueTime {

  private VenueTime() {}

  /** The period on {@code day} from {@code starts} to {@code ends}, or a clear refusal. */
  public static Period period(String day, String starts, String ends) {
    try {
      LocalDate date = LocalDate.parse(day == null ? "" : day.strip());
      return new Period(
          LocalDateTime.of(date, LocalTime.parse(starts == null ? "" : starts.strip())),
          LocalDateTime.of(date, LocalTime.parse(ends == null ? "" : ends.strip())));
    } catch (DateTimeParseException e) {
      throw AssemblyException.invalid("side-events.period.unreadable");
    }
  }

  public static String day(LocalDateTime time) {
    return time.toLocalDate().toString();
  }

  public static String time(LocalDateTime time) {
    return time.toLocalTime().toString();
  }
}
