package org.ipu.assembly.sideevents.control;

import java.util.List;

/**
 * The venue as booking forms need it: the Assembly's days, the bookable hours, the grid of times,
 * the time zone, the rooms and the blocked periods, the equipment rooms may have and the languages
 * of event texts.
 */
public record Venue(
    List<String> days,
    String opens,
    String closes,
    int slotMinutes,
    String timeZone,
    List<RoomView> rooms,
    List<BlockView> blocks,
    List<String> equipment,
    List<String> languages) {}
