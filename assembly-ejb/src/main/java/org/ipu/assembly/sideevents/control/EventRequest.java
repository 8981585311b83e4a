package org.ipu.assembly.sideevents.control;

import java.util.List;

/**
 * A booking request as organisers fill it in. Days are {@code 2027-03-22}, times {@code 13:15}, in
 * the venue's local time.
 *
 * @param texts the title and description in one or more languages (the first is the original)
 * @param organiserParliaments parliaments organising with the one asking (by id)
 * @param organisations organisations organising, by name
 * @param open open to every delegation, else to those invited
 * @param invited the delegations invited to a closed event (parliament ids)
 * @param expected the attendance expected
 * @param places most who may join (null: as many as the room holds)
 * @param interpretation whether it needs interpretation
 * @param equipment names of {@code Equipment} needed
 * @param roomId the room preferred
 * @param version the request's version when changing it (null when new)
 */
public record EventRequest(
    List<SideEventView.Text> texts,
    List<Long> organiserParliaments,
    List<String> organisations,
    boolean open,
    List<Long> invited,
    int expected,
    Integer places,
    boolean interpretation,
    List<String> equipment,
    long roomId,
    String day,
    String starts,
    String ends,
    Long version) {}
