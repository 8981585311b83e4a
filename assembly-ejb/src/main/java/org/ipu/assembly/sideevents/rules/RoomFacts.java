package org.ipu.assembly.sideevents.rules;

import java.util.Set;

/**
 * A room as the booking rules see it.
 *
 * @param booths interpretation booths (an event needing interpretation needs at least one)
 * @param stepFree reachable without steps
 */
public record RoomFacts(
    long id, String name, int capacity, Set<Equipment> equipment, int booths, boolean stepFree) {

  public RoomFacts {
    equipment = Set.copyOf(equipment);
  }

  /** Whether its size, booths and equipment suit the booking (time aside). */
  public boolean suits(Booking booking) {
    return capacity >= booking.expected()
        && (!booking.interpretation() || booths > 0)
        && equipment.containsAll(booking.needs());
  }
}
