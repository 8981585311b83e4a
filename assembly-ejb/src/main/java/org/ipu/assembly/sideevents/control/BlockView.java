package org.ipu.assembly.sideevents.control;

/**
 * A period rooms cannot be booked (a plenary sitting, cleaning), in the venue's local time.
 *
 * @param roomId the room, or null for every room
 * @param room the room's name, or null for every room
 */
public record BlockView(
    long id, Long roomId, String room, String day, String starts, String ends, String reason) {}
