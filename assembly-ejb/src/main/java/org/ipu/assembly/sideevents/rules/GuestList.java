package org.ipu.assembly.sideevents.rules;

import java.util.List;

/**
 * Who attends an event and who waits: the first {@code places} replies, in the order they came,
 * attend; the others wait, numbered from 1. A reply withdrawn moves everyone after it up, so the
 * first waiting person takes the place freed. Waiting people never count as attending.
 */
public record GuestList(int places, List<Long> replies) {

  /** Where one reply stands. {@code waiting} is 0 for those who attend. */
  public record Place(boolean attending, int waiting) {}

  public GuestList {
    if (places < 0) {
      throw new IllegalArgumentException("places " + places);
    }
    replies = List.copyOf(replies);
  }

  public List<Long> attending() {
    return replies.subList(0, Math.min(places, replies.size()));
  }

  public List<Long> waiting() {
    return replies.subList(Math.min(places, replies.size()), replies.size());
  }

  /** Where the reply stands, or null if it is not on the list. */
  public Place placeOf(long reply) {
    int index = replies.indexOf(reply);
    if (index < 0) {
      return null;
    }
    return index < places ? new Place(true, 0) : new Place(false, index - places + 1);
  }

  /** The list without the reply. */
  public GuestList without(long reply) {
    return new GuestList(places, replies.stream().filter(r -> r != reply).toList());
  }

  /** Who attends now and did not on {@code before}: promoted from the waiting list. */
  public List<Long> promotedSince(GuestList before) {
    List<Long> earlier = before.attending();
    return attending().stream().filter(r -> !earlier.contains(r)).toList();
  }
}
