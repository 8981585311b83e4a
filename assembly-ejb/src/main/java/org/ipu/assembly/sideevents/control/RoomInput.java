package org.ipu.assembly.sideevents.control;

import java.util.List;

/**
 * A room as the Secretariat describes it.
 *
 * @param equipment names of {@code Equipment}
 * @param version the room's version when changing it (null for a new room)
 */
public record RoomInput(
    String name,
    int capacity,
    List<String> equipment,
    int booths,
    boolean stepFree,
    Long version) {}
