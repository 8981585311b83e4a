package org.ipu.assembly.sideevents.control;

import java.util.List;

/**
 * Who attends an event and who waits, in order (for its organisers and the Secretariat only).
 *
 * @param attending names and delegations of those attending
 * @param waiting the waiting list, first is next
 */
public record GuestNames(List<String> attending, List<String> waiting) {}
