package org.ipu.assembly.sideevents.control;

import java.util.List;

/**
 * A room as pages and the API show it.
 *
 * @param equipment names of {@code Equipment}
 * @param booths interpretation booths
 */
public record RoomView(
    long id,
    long version,
    String name,
    int capacity,
    List<String> equipment,
    int booths,
    boolean stepFree) {}
