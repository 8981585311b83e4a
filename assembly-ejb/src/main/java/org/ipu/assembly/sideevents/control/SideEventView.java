package org.ipu.assembly.sideevents.control;

import java.util.List;

/**
 * A side event as a reader sees it, in their language (the title and description in it, else the
 * original). Days are {@code 2027-03-22}, times {@code 13:15}, in the venue's local time.
 *
 * @param title in the reader's language, else the original
 * @param texts every language given (for the organisers' form)
 * @param organisers parliaments (named in the reader's language) and organisations
 * @param organiserParliaments the organising parliaments' ids
 * @param invited the invited delegations' ids (a closed event)
 * @param equipment names of {@code Equipment}
 * @param proposal the Secretariat's proposal waiting for the organisers, or null
 * @param message the Secretariat's reason for a rejection, or note with a proposal
 * @param requestedBy who asked (for the Secretariat and the organisers; else null)
 * @param mayChange whether the reader may change or withdraw the request
 * @param places how many may join
 * @param reply the reader's place on its guest list, or null
 */
public record SideEventView(
    long id,
    long version,
    String state,
    String title,
    String description,
    List<Text> texts,
    List<String> organisers,
    List<Long> organiserParliaments,
    List<String> organisations,
    boolean open,
    List<Long> invited,
    int expected,
    Integer placesAsked,
    boolean interpretation,
    List<String> equipment,
    Slot slot,
    Slot proposal,
    String message,
    String requestedBy,
    String requestedAt,
    boolean mayChange,
    int places,
    int attending,
    int waiting,
    GuestPlace reply) {

  /** A title and description in one language. */
  public record Text(String language, String title, String description) {}

  /** A room at a time. */
  public record Slot(long roomId, String room, String day, String starts, String ends) {}
}
