package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.voting.boundary.EmergencySelections;
import org.ipu.assembly.voting.control.EmergencyBallotRequest;
import org.ipu.assembly.voting.control.EmergencyMerge;
import org.ipu.assembly.voting.control.EmergencyReceipt;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.NewEmergencySelection;

/**
 * The selection of the emergency item (Assembly Rule 11.2). The Secretariat sets up the requests,
 * merges those their sponsors merged (11.2(c)), opens the selection (each request that stands is
 * then a two-thirds vote of its own, {@code /api/votes/{voteId}}), extends, closes or annuls it,
 * and enters a roll call's splits; a delegation's head (or a designated delegate) casts its split
 * for each request in one ballot. A ballot sent again with the same idempotency key gets the same
 * receipts (200) and is counted once.
 */
@Path("emergency-selections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmergencySelectionsResource {

  static final String SELECTION = "EmergencySnapshot";
  static final String ERROR = "ApiError";

  private static final String BALLOT_EXAMPLE =
      "{\"requests\": [{\"request\": \"A\", \"yes\": 10, \"no\": 2, \"abstain\": 0},"
          + " {\"request\": \"B+C\", \"yes\": 4, \"no\": 8, \"abstain\": 0}],"
          + " \"idempotencyKey\": \"3f1c6f0e-5d1b-4b8e-9a55-0d6c2f1e7a10\"}";

  private static final String BALLOT_REFUSALS =
      "ballot.key.invalid; emergency.ballot.empty: no request; emergency.request.unknown: no such"
          + " request stands; emergency.request.duplicate: a request twice. Each request refused"
          + " is named in fields (requests.B) with its reason: ballot.exceeds-usable-votes (the"
          + " usable votes apply to each request), ballot.empty-ballot, ballot.count.invalid";

  /** The selections of the current Assembly, newest first (their votes without boards). */
  public record EmergencySelectionList(List<EmergencySnapshot> selections) {}

  @Inject private EmergencySelections selections;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The selections of the current Assembly, newest first.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencySelectionList")))
  public EmergencySelectionList all() {
    return new EmergencySelectionList(selections.all());
  }

  /** Sets up a draft selection; its requests are lettered A, B, C, ... in the order given. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NewEmergencySelection"),
              examples =
                  @ExampleObject(
                      name = "three requests",
                      value =
                          "{\"subject\": \"Selection of the emergency item\", \"method\":"
                              + " \"ROLL_CALL\", \"requests\": [{\"title\": \"Floods in the"
                              + " Sahel\", \"sponsors\": \"Niger\"}, {\"title\": \"The"
                              + " humanitarian crisis in the region\", \"sponsors\": \"France\"},"
                              + " {\"title\": \"The crisis in the region\", \"sponsors\":"
                              + " \"Belgium\"}]}")))
  @APIResponse(
      responseCode = "201",
      description = "The selection, as a draft.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "400",
      description =
          "emergency.subject.invalid; emergency.method.invalid (ELECTRONIC or ROLL_CALL);"
              + " emergency.requests.invalid (1 to 26 requests); emergency.request.title.invalid;"
              + " emergency.request.sponsors.invalid.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public Response create(NewEmergencySelection request) {
    EmergencySnapshot created = selections.create(VotesResource.required(request));
    return Response.created(URI.create("emergency-selections/" + created.selectionId()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The selection now, each request's vote with its board of delegations.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "404",
      description = "emergency.not-found.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public EmergencySnapshot one(@PathParam("id") long id) {
    return selections.snapshot(id);
  }

  /** Merges requests of a draft selection, which are then voted as one (Rule 11.2(c)). */
  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyMerge"),
              examples =
                  @ExampleObject(
                      name = "B and C merged",
                      value =
                          "{\"requests\": [\"B\", \"C\"], \"title\": \"The humanitarian crisis"
                              + " in the region\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The selection, the merged request (\"B+C\") standing where B stood.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "400",
      description =
          "emergency.merge.too-few: fewer than two requests; emergency.request.unknown: no such"
              + " request stands; emergency.request.title.invalid.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-draft: the selection was opened.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public EmergencySnapshot merge(@PathParam("id") long id, EmergencyMerge merge) {
    return selections.merge(id, VotesResource.required(merge));
  }

  @POST
  @Path("{id}/open")
  @APIResponse(
      responseCode = "200",
      description = "The selection, open: each request that stands with its vote (voteId).",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-draft: the selection was already opened.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public EmergencySnapshot open(@PathParam("id") long id) {
    return selections.open(id);
  }

  /**
   * Opens the selection with a countdown: its votes close by themselves, together, when the seconds
   * are up, even if the server restarts in between.
   */
  @POST
  @Path("{id}/open-timed")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "Countdown"),
              examples = @ExampleObject(name = "two minutes", value = "{\"seconds\": 120}")))
  @APIResponse(
      responseCode = "200",
      description = "The selection, open, with the moment it closes (closesAt, UTC).",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "400",
      description = "vote.duration.invalid: not a whole number of seconds from 5 to 14,400.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-draft: the selection was already opened.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public EmergencySnapshot openTimed(@PathParam("id") long id, VotesResource.Countdown countdown) {
    return selections.openTimed(id, VotesResource.required(countdown).whole());
  }

  /** Gives an open timed selection more time, before its time is up. */
  @POST
  @Path("{id}/extend")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "Countdown"),
              examples = @ExampleObject(name = "thirty seconds more", value = "{\"seconds\": 30}")))
  @APIResponse(
      responseCode = "200",
      description = "The selection, with the later moment it closes (closesAt, UTC).",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "400",
      description =
          "vote.duration.invalid: not a whole number of seconds from 5 to 14,400;"
              + " vote.extension.too-long: it would stay open over 4 hours from now.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description =
          "emergency.not-open: a draft, or closed; vote.not-timed: no countdown; vote.time-up: the"
              + " time is up, it is closing.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public EmergencySnapshot extend(@PathParam("id") long id, VotesResource.Countdown countdown) {
    return selections.extend(id, VotesResource.required(countdown).whole());
  }

  /** Closes the selection now (a timed one early): its votes, and which request is added. */
  @POST
  @Path("{id}/close")
  @APIResponse(
      responseCode = "200",
      description =
          "The selection, closed: each request's arithmetic and eligibility, the outcome (ADDED,"
              + " TIE, NONE_ELIGIBLE), the leading requests and the one added.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-open: a draft, or already closed or annulled.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public EmergencySnapshot close(@PathParam("id") long id) {
    return selections.close(id);
  }

  /** Annuls the selection (and its open votes); answers with the new draft that replaces it. */
  @POST
  @Path("{id}/annul")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "Annulment"),
              examples =
                  @ExampleObject(
                      name = "a reason",
                      value = "{\"reason\": \"The requests were read out wrongly.\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The new draft, with the same requests, that replaces the annulled selection.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = SELECTION)))
  @APIResponse(
      responseCode = "400",
      description = "vote.annul-reason.invalid.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description =
          "emergency.closed-is-the-record: a closed selection is the Assembly's record;"
              + " emergency.annulled.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public Response annul(@PathParam("id") long id, VotesResource.Annulment annulment) {
    EmergencySnapshot replacement =
        selections.annul(id, VotesResource.required(annulment).reason());
    return Response.created(URI.create("emergency-selections/" + replacement.selectionId()))
        .entity(replacement)
        .build();
  }

  /**
   * The delegation's ballot, its split for each request it votes on, from its tablet (the head of
   * delegation or a delegate the head designated, confirmed present): one ballot in each request's
   * vote, each with its receipt.
   */
  @POST
  @Path("{id}/ballots")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyBallotRequest"),
              examples = @ExampleObject(name = "two requests", value = BALLOT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The ballot was counted: a receipt per request.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyReceipt")))
  @APIResponse(
      responseCode = "200",
      description = "The same ballot (same idempotency key) had already been counted.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyReceipt")))
  @APIResponse(
      responseCode = "400",
      description = BALLOT_REFUSALS + ".",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "403",
      description =
          "ballot.not-present, ballot.not-designated, presence.not-accredited,"
              + " ballot.not-in-electorate, ballot.no-usable-votes.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description =
          "emergency.not-open: a draft; vote.closed; ballot.roll-call: the Secretariat enters a"
              + " roll call; ballot.key.reused.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public Response cast(@PathParam("id") long id, EmergencyBallotRequest ballot) {
    return receipt(selections.cast(id, VotesResource.required(ballot)));
  }

  /**
   * A delegate's own share of their delegation's votes on each request (any delegate confirmed
   * present): each request's ballot becomes the sum of its delegates' latest shares, checked
   * against the usable votes, the delegates present and the limit of votes per delegate.
   */
  @POST
  @Path("{id}/shares")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyBallotRequest"),
              examples = @ExampleObject(name = "one delegate's shares", value = BALLOT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The shares were counted: the receipt of the delegation's new ballot on each.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyReceipt")))
  @APIResponse(
      responseCode = "200",
      description = "The same shares (same idempotency key) had already been counted.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyReceipt")))
  @APIResponse(
      responseCode = "400",
      description =
          BALLOT_REFUSALS
              + ", ballot.exceeds-per-delegate-limit, ballot.more-delegates-than-present.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "403",
      description = "ballot.not-present, presence.not-accredited, ballot.not-in-electorate.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-open; vote.closed; ballot.roll-call; ballot.key.reused.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public Response castShare(@PathParam("id") long id, EmergencyBallotRequest share) {
    return receipt(selections.castShare(id, VotesResource.required(share)));
  }

  /** In a roll call, the Secretariat enters the split a delegation declares for each request. */
  @POST
  @Path("{id}/roll-call/{parliamentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyBallotRequest"),
              examples = @ExampleObject(name = "a declared split", value = BALLOT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The delegation's declared votes were recorded: a receipt per request.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyReceipt")))
  @APIResponse(
      responseCode = "200",
      description = "The same entry (same idempotency key) had already been recorded.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EmergencyReceipt")))
  @APIResponse(
      responseCode = "400",
      description = BALLOT_REFUSALS + ".",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "403",
      description = "ballot.not-in-electorate, ballot.no-usable-votes.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-open; vote.closed; vote.not-roll-call; ballot.key.reused.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
  public Response rollCall(
      @PathParam("id") long id,
      @PathParam("parliamentId") long parliamentId,
      EmergencyBallotRequest ballot) {
    return receipt(selections.recordRollCall(id, parliamentId, VotesResource.required(ballot)));
  }

  private static Response receipt(EmergencyReceipt receipt) {
    return Response.status(receipt.replay() ? 200 : 201).entity(receipt).build();
  }
}
