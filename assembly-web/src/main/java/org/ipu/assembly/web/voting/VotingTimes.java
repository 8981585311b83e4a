package org.ipu.assembly.web.voting;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A moment of a vote as open data and the console write it: ISO date and time to the minute. */
final class VotingTimes {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private VotingTimes() {}

  /** "2027-04-13 10:05 UTC"; empty for none. */
  static String utc(LocalDateTime at) {
    return at == null ? "" : MINUTE.format(at) + " UTC";
  }
}
