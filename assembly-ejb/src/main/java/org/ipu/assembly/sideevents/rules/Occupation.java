package org.ipu.assembly.sideevents.rules;

/**
 * Something that keeps a room from being booked: an approved event ({@code eventId} set) or a
 * blocked period ({@code eventId} null: a plenary sitting, cleaning), for one room or, with {@code
 * roomId} null, for every room.
 *
 * @param what the event's title or the block's reason, for the message
 */
public record Occupation(Long roomId, Long eventId, Period period, String what) {

  public boolean isBlock() {
    return eventId == null;
  }

  /** Whether it keeps {@code room} busy during {@code period}. */
  public boolean hinders(long room, Period wanted) {
    return (roomId == null || roomId == room) && period.overlaps(wanted);
  }
}
