package org.ipu.assembly.sideevents.rules;

import java.util.Set;

/**
 * What an event asks of a room.
 *
 * @param expected the attendance the organisers expect
 * @param interpretation whether it needs interpretation (booths)
 * @param needs the equipment it needs
 */
public record Booking(Period period, int expected, boolean interpretation, Set<Equipment> needs) {

  public Booking {
    needs = Set.copyOf(needs);
  }

  /** The same booking at another time. */
  public Booking at(Period other) {
    return new Booking(other, expected, interpretation, needs);
  }
}
