package org.ipu.assembly.sideevents.control;

/**
 * Where a person stands on an event's guest list.
 *
 * @param attending whether they attend
 * @param waiting their place on the waiting list (1 is next), 0 when attending
 */
public record GuestPlace(long eventId, boolean attending, int waiting) {}
