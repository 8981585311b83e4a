package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.VoteState;

/**
 * Open data, without sign-in: the vote on the hall screen, any vote's snapshot, and the results of
 * closed votes as JSON and CSV (named votes delegation by delegation, secret votes in totals).
 */
@Path("public/votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

  @Inject private PlenaryVoting voting;

  @GET
  @Path("current")
  @APIResponse(
      responseCode = "200",
      description = "The vote on the hall screen.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteSnapshot")))
  public VoteSnapshot current() {
    return voting
        .onScreen()
        .map(v -> voting.snapshot(v.getId()))
        .orElseThrow(() -> AssemblyException.notFound("vote.none"));
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The vote now, with its board.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteSnapshot")))
  public VoteSnapshot one(@PathParam("id") long id) {
    return voting.snapshot(id);
  }

  /** The closed votes of the current Assembly, newest first, with their results. */
  @GET
  @Path("results")
  public List<VoteView> results() {
    return voting.votes().stream()
        .filter(v -> v.getState() == VoteState.CLOSED)
        .map(VoteView::of)
        .toList();
  }

  /**
   * Open data: a closed vote's result as CSV (delegation by delegation for named votes, totals for
   * secret ones).
   */
  @GET
  @Path("{id}/results.csv")
  @Produces("text/csv")
  @APIResponse(
      responseCode = "200",
      description = "The result as CSV (RFC 4180).",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response resultsCsv(@PathParam("id") long id) {
    String csv = ResultsCsv.of(closed(id));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"vote-" + id + ".csv\"")
        .build();
  }

  /** Open data: a closed vote's result as JSON (the snapshot at close). */
  @GET
  @Path("{id}/results.json")
  @APIResponse(
      responseCode = "200",
      description = "The result: the snapshot at close.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteSnapshot")))
  public VoteSnapshot resultsJson(@PathParam("id") long id) {
    return closed(id);
  }

  private VoteSnapshot closed(long id) {
    VoteSnapshot snapshot = voting.snapshot(id);
    if (snapshot.state() != VoteState.CLOSED) {
      throw AssemblyException.conflict("vote.not-closed", id);
    }
    return snapshot;
  }
}
