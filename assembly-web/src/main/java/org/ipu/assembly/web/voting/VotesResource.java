package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.WholeNumber;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.boundary.Presence;
import org.ipu.assembly.voting.control.BallotReceipt;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.CastingStanding;
import org.ipu.assembly.voting.control.DelegationShares;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.rules.VoteCountdown;
import org.ipu.assembly.web.platform.errors.ApiError;
import org.ipu.assembly.web.platform.errors.ApiErrors;

/**
 * Plenary votes. The Secretariat creates, opens, closes and annuls them and enters roll calls; a
 * delegation's head (or a designated delegate) casts its ballot. A ballot sent again with the same
 * idempotency key gets the same receipt (200) and is counted once.
 */
@Path("votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VotesResource {

  /** The reason for annulling a vote. */
  public record Annulment(String reason) {}

  /** The reason for voiding a closed vote's result after the fact. */
  public record Voiding(String reason) {}

  /**
   * A length of time for a vote, in whole seconds (5 to 14,400, that is 4 hours): how long a timed
   * vote stays open, or how much longer.
   */
  public record Countdown(Number seconds) {

    long whole() {
      return WholeNumber.of(seconds, 1, Long.MAX_VALUE)
          .orElseThrow(
              () ->
                  AssemblyException.invalid(
                      "vote.duration.invalid",
                      VoteCountdown.MIN_DURATION.toSeconds(),
                      VoteCountdown.MAX_DURATION.toHours()));
    }
  }

  /**
   * What the signed-in delegate's tablet shows for a vote (see {@link CastingStanding}), with the
   * refusal in the client's language.
   *
   * @param refusal why the delegate may not cast (the error a ballot would get), or null
   * @param committee whether it is a committee vote: one delegate casts the Member's one vote
   */
  public record Standing(
      long voteId,
      Long parliamentId,
      String presence,
      boolean caster,
      Integer usableVotes,
      ApiError refusal,
      BallotReceipt ballot,
      boolean committee) {}

  @Inject private PlenaryVoting voting;
  @Inject private Presence presence;
  @Inject private ApiErrors errors;
  @Context private HttpHeaders headers;

  @GET
  public List<VoteView> all() {
    return voting.votes().stream().map(VoteView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewVote")))
  @APIResponse(
      responseCode = "201",
      description = "The vote, as a draft.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteView")))
  public Response create(NewVote request) {
    VoteView created = VoteView.of(voting.create(required(request)));
    return Response.created(URI.create("votes/" + created.id())).entity(created).build();
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The vote now, with its board.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteSnapshot")))
  public VoteSnapshot snapshot(@PathParam("id") long id) {
    return voting.snapshot(id);
  }

  @POST
  @Path("{id}/open")
  public VoteView open(@PathParam("id") long id) {
    return VoteView.of(voting.open(id));
  }

  /**
   * Opens the vote with a countdown: it closes by itself when the seconds are up, even if the
   * server restarts in between. The screens count down from the server's time.
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
              examples = @ExampleObject(name = "ninety seconds", value = "{\"seconds\": 90}")))
  @APIResponse(
      responseCode = "200",
      description = "The vote, open, with the moment it closes (closesAt, UTC).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteView")))
  @APIResponse(
      responseCode = "400",
      description = "vote.duration.invalid: not a whole number of seconds from 5 to 14,400.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  @APIResponse(
      responseCode = "409",
      description = "vote.not-draft: the vote was already opened.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public VoteView openTimed(@PathParam("id") long id, Countdown countdown) {
    return VoteView.of(voting.openTimed(id, required(countdown).whole()));
  }

  /** Gives an open timed vote more time, before its time is up. */
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
      description = "The vote, with the later moment it closes (closesAt, UTC).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteView")))
  @APIResponse(
      responseCode = "400",
      description =
          "vote.duration.invalid: not a whole number of seconds from 5 to 14,400;"
              + " vote.extension.too-long: the vote would stay open over 4 hours from now.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  @APIResponse(
      responseCode = "409",
      description =
          "vote.time-up: the time is up, the vote is closing; vote.not-timed: the vote has no"
              + " countdown; vote.closed: the vote is closed.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public VoteView extend(@PathParam("id") long id, Countdown countdown) {
    return VoteView.of(voting.extend(id, required(countdown).whole()));
  }

  /** Closes the vote now (a timed vote early, before its time is up). */
  @POST
  @Path("{id}/close")
  public VoteView close(@PathParam("id") long id) {
    return VoteView.of(voting.close(id));
  }

  /** Annuls the vote; answers with the new draft that replaces it. */
  @POST
  @Path("{id}/annul")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Annulment")))
  @APIResponse(
      responseCode = "201",
      description = "The new draft that replaces the annulled vote.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteView")))
  public Response annul(@PathParam("id") long id, Annulment annulment) {
    VoteView replacement = VoteView.of(voting.annul(id, required(annulment).reason()));
    return Response.created(URI.create("votes/" + replacement.id())).entity(replacement).build();
  }

  /**
   * Voids a closed vote's result after the fact, with the reason (the officer signed in is
   * recorded): the result stays published, marked void. A closed vote is never annulled.
   */
  @POST
  @Path("{id}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Voiding")))
  @APIResponse(
      responseCode = "200",
      description = "The vote, its result marked void with the reason.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteView")))
  @APIResponse(
      responseCode = "400",
      description = "vote.void.reason-invalid: no reason, over 1,000 characters or not plain text.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  @APIResponse(
      responseCode = "409",
      description =
          "vote.void.not-closed: only a closed result is voided; vote.void.already-void: once.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public VoteView voidResult(@PathParam("id") long id, Voiding voiding) {
    return VoteView.of(voting.voidResult(id, required(voiding).reason()));
  }

  @POST
  @Path("{id}/ballots")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotRequest")))
  @APIResponse(
      responseCode = "201",
      description = "The ballot was counted.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotReceipt")))
  @APIResponse(
      responseCode = "200",
      description = "The same ballot (same idempotency key) had already been counted.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotReceipt")))
  @APIResponse(
      responseCode = "409",
      description =
          "vote.closed; ballot.roll-call; ballot.key.reused; in a secret vote: ballot.secret-final"
              + " (the delegation's secret ballot is cast, it cannot be changed),"
              + " ballot.secret-shares-cast (its delegates cast their own shares: no whole ballot"
              + " on top).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public Response cast(@PathParam("id") long id, BallotRequest ballot) {
    return receipt(voting.cast(id, required(ballot)));
  }

  /**
   * A delegate's own share of their delegation's votes, from their tablet (any delegate confirmed
   * present): the delegation's ballot becomes the sum of its delegates' latest shares, checked
   * against its usable votes, its delegates present and the limit of votes per delegate. The
   * receipt is the delegation's new ballot. In a secret vote a share is final (one per delegate),
   * checked against the votes the delegation's other delegates used, and only added to the vote's
   * running totals: the receipt echoes the counts sent, with the audit reference of the entry
   * recording who took part and the votes used; a replay has no counts, as a secret ballot's.
   */
  @POST
  @Path("{id}/shares")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "BallotRequest"),
              examples =
                  @ExampleObject(
                      name = "one delegate's share",
                      value =
                          "{\"yes\": 6, \"no\": 2, \"abstain\": 0,"
                              + " \"idempotencyKey\": \"3f1c6f0e-5d1b-4b8e-9a55-0d6c2f1e7a10\"}")))
  @APIResponse(
      responseCode = "201",
      description =
          "The share was counted: the receipt of the delegation's new ballot (the sum); in a secret"
              + " vote the receipt of this share (ballotId null, the counts sent, never stored).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "BallotReceipt"),
              examples = {
                @ExampleObject(
                    name = "named vote: the delegation's new ballot",
                    value =
                        "{\"ballotId\": 812, \"voteId\": 42, \"parliamentId\": 7,"
                            + " \"ballotVersion\": 2, \"yes\": 16, \"no\": 2, \"abstain\": 0,"
                            + " \"castAt\": \"2026-10-20T10:15:02.114\", \"auditSequence\": 2,"
                            + " \"auditHash\": \"9c1e...\", \"replay\": false}"),
                @ExampleObject(
                    name = "secret vote: this delegate's share",
                    value =
                        "{\"voteId\": 43, \"parliamentId\": 7, \"ballotVersion\": 1,"
                            + " \"yes\": 6, \"no\": 2, \"abstain\": 0,"
                            + " \"castAt\": \"2026-10-20T11:02:40.530\", \"auditSequence\": 5,"
                            + " \"auditHash\": \"4be0...\", \"replay\": false}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "The same share (same idempotency key) had already been counted.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotReceipt")))
  @APIResponse(
      responseCode = "400",
      description =
          "ballot.exceeds-per-delegate-limit: this share is over the votes one delegate may cast;"
              + " ballot.exceeds-usable-votes: the shares add up to more than the delegation's"
              + " usable votes; ballot.more-delegates-than-present; ballot.empty-ballot (in a"
              + " secret vote, also a share of 0 votes: it would be final); ballot.count.invalid;"
              + " ballot.key.invalid.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  @APIResponse(
      responseCode = "403",
      description = "ballot.not-present, presence.not-accredited, ballot.not-in-electorate.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  @APIResponse(
      responseCode = "409",
      description =
          "vote.closed; ballot.roll-call; ballot.key.reused; in a secret vote:"
              + " ballot.secret-final (this delegate's share is cast, it cannot be changed),"
              + " ballot.secret-whole-cast (the delegation's whole secret ballot is cast).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public Response castShare(@PathParam("id") long id, BallotRequest share) {
    return receipt(voting.castShare(id, required(share)));
  }

  /**
   * The signed-in delegate's standing in the vote: presence, whether they cast the delegation's
   * ballot, its usable votes, why they may not cast, and the delegation's ballot that counts now
   * with its receipt (a tablet reloaded or reconnected after a restart shows it again).
   */
  @GET
  @Path("{id}/standing")
  @APIResponse(
      responseCode = "200",
      description = "The caller's standing in the vote and their delegation's current ballot.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Standing")))
  public Standing standing(@PathParam("id") long id) {
    CastingStanding s = presence.standing(id);
    return new Standing(
        s.voteId(),
        s.parliamentId(),
        s.presence(),
        s.caster(),
        s.usableVotes(),
        s.refusal() == null
            ? null
            : errors.error(403, s.refusal(), headers.getAcceptableLanguages()),
        s.ballot(),
        s.committee());
  }

  /**
   * Who in the caller's own delegation has cast what share, and their sum. In a secret vote ({@code
   * "secret": true}) who took part and the votes each used ({@code votesUsed}), never how: no
   * {@code yes}, {@code no} or {@code abstain}, neither per share nor summed.
   */
  @GET
  @Path("{id}/shares")
  @APIResponse(
      responseCode = "200",
      description =
          "The caller's delegation's shares (its own delegates only); in a secret vote who took"
              + " part and the votes each used, without yes, no or abstain.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DelegationShares"),
              examples = {
                @ExampleObject(
                    name = "named vote",
                    value =
                        "{\"parliamentId\": 7, \"secret\": false, \"shares\": ["
                            + "{\"accountId\": 31, \"castBy\": \"a.delegate@parl.example\","
                            + " \"yes\": 6, \"no\": 2, \"abstain\": 0, \"votesUsed\": 8,"
                            + " \"castAt\": \"2026-10-20T10:14:51.002\"}],"
                            + " \"yes\": 6, \"no\": 2, \"abstain\": 0, \"votesUsed\": 8}"),
                @ExampleObject(
                    name = "secret vote: who took part, never how",
                    value =
                        "{\"parliamentId\": 7, \"secret\": true, \"shares\": ["
                            + "{\"accountId\": 31, \"castBy\": \"a.delegate@parl.example\","
                            + " \"votesUsed\": 8, \"castAt\": \"2026-10-20T11:02:40.530\"}],"
                            + " \"votesUsed\": 8}")
              }))
  @APIResponse(
      responseCode = "403",
      description = "ballot.not-present, presence.not-accredited.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public DelegationShares shares(@PathParam("id") long id) {
    return voting.shares(id);
  }

  @POST
  @Path("{id}/roll-call/{parliamentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotRequest")))
  @APIResponse(
      responseCode = "201",
      description = "The delegation's declared votes were recorded.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotReceipt")))
  @APIResponse(
      responseCode = "200",
      description = "The same entry (same idempotency key) had already been recorded.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BallotReceipt")))
  public Response rollCall(
      @PathParam("id") long id,
      @PathParam("parliamentId") long parliamentId,
      BallotRequest ballot) {
    return receipt(voting.recordRollCall(id, parliamentId, required(ballot)));
  }

  private static Response receipt(BallotReceipt receipt) {
    return Response.status(receipt.replay() ? 200 : 201).entity(receipt).build();
  }

  static <T> T required(T body) {
    if (body == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    return body;
  }
}
