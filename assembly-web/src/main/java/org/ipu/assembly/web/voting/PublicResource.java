package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.boundary.PlenaryChannel;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.VotePage;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.ResultsPage;

/**
 * Open data, without sign-in: the vote on the hall screen, any opened vote's snapshot, and the
 * results of closed votes as JSON and CSV (named votes delegation by delegation, secret votes in
 * totals), a voided result marked void with its reason. What anonymous readers cost never grows
 * with the number of votes the Assembly has held: the vote on the screen is kept until the plenary
 * changes, and the results come a page at a time.
 */
@Path("public/votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

  @Inject private PlenaryVoting voting;
  @Inject private PlenaryChannel channel;

  /**
   * A page of the published results, the latest closed first.
   *
   * @param page the page's number, from 0
   * @param size how many a page holds at most (1 to 100)
   * @param total the closed votes of the Assembly
   * @param pages how many pages hold them
   * @param votes this page's votes
   */
  public record Results(int page, int size, long total, int pages, List<VoteView> votes) {}

  @GET
  @Path("current")
  @APIResponse(
      responseCode = "200",
      description = "The vote on the hall screen.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteSnapshot")))
  public VoteSnapshot current() {
    // Kept by the plenary's channel until the plenary changes: one vote's rows read at most.
    return channel.current().orElseThrow(() -> AssemblyException.notFound("vote.none"));
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The vote now, with its board.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VoteSnapshot")))
  @APIResponse(
      responseCode = "404",
      description = "vote.not-found: no such vote, or not yet opened (a draft is not public).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public VoteSnapshot one(@PathParam("id") long id) {
    return voting.publicSnapshot(id);
  }

  /**
   * The closed votes of the current Assembly, the latest closed first, a page at a time ({@code
   * ?page=0&size=20}, at most 100), with their results; a voided result is there, marked void.
   */
  @GET
  @Path("results")
  @APIResponse(
      responseCode = "200",
      description = "A page of closed votes, with how many there are.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Results")))
  @APIResponse(
      responseCode = "400",
      description = "results.page.invalid: a page below 0 or a size outside 1 to 100.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public Results results(@QueryParam("page") String page, @QueryParam("size") String size) {
    Integer p = whole(page);
    Integer s = whole(size);
    ResultsPage.refusal(p, s)
        .ifPresent(
            code -> {
              throw AssemblyException.invalid(code, ResultsPage.MAX_SIZE);
            });
    VotePage found = voting.closed(ResultsPage.of(p, s));
    return new Results(
        found.page().page(),
        found.page().size(),
        found.total(),
        found.page().pages(found.total()),
        found.votes().stream().map(VoteView::published).toList());
  }

  /** A query's whole number, null when not given; anything else is refused. */
  private static Integer whole(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw AssemblyException.invalid(ResultsPage.INVALID, ResultsPage.MAX_SIZE);
    }
    return Integer.valueOf(value);
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
    VoteSnapshot snapshot = voting.publicSnapshot(id);
    if (snapshot.state() != VoteState.CLOSED) {
      throw AssemblyException.conflict("vote.not-closed", id);
    }
    return snapshot;
  }
}
