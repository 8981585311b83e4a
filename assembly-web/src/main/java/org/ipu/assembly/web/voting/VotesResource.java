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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.BallotReceipt;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.control.VoteSnapshot;

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

  @Inject private PlenaryVoting voting;

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
  public Response cast(@PathParam("id") long id, BallotRequest ballot) {
    return receipt(voting.cast(id, required(ballot)));
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
