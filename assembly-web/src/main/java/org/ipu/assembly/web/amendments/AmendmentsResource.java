package org.ipu.assembly.web.amendments;

import static org.ipu.assembly.web.amendments.DraftsResource.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.amendments.boundary.AmendmentDecisions;
import org.ipu.assembly.amendments.boundary.AmendmentInput;
import org.ipu.assembly.amendments.boundary.Amendments;
import org.ipu.assembly.amendments.boundary.AuthorisedDelegate;
import org.ipu.assembly.amendments.boundary.DecisionInput;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.web.amendments.DraftsResource.VersionInput;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * One amendment: read it (everyone signed in); change or withdraw it (its sponsor's focal points
 * before the deadline, the Secretariat at any time); confirm or decline co-sponsoring it (the named
 * parliament's focal points, before the deadline). Tabling is {@code POST /api/drafts/{id}/
 * amendments}.
 */
@Path("amendments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AmendmentsResource {

  /** The delegates of a parliament and whether each may table its amendments. */
  public record DelegateList(List<AuthorisedDelegate> delegates) {}

  /** A focal point's decision: the delegate may table the parliament's amendments, or not. */
  public record Authorisation(Boolean authorised) {}

  /** How the committee votes on the amendment: a vote method (ELECTRONIC when null). */
  public record CommitteeVoteInput(String method) {}

  /** The committee's vote set up on the amendment, a draft the Secretariat opens on its console. */
  public record CommitteeVote(long amendmentId, long voteId) {}

  @Inject private Amendments amendments;
  @Inject private AmendmentDecisions decisions;
  @Context private HttpHeaders headers;

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The amendment.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentView")))
  public AmendmentView amendment(@PathParam("id") long id) {
    return amendments.amendment(id, locale());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AmendmentInput")))
  @APIResponse(
      responseCode = "200",
      description = "The amendment changed.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentView")))
  public AmendmentView change(@PathParam("id") long id, AmendmentInput input) {
    return amendments.change(id, required(input), locale());
  }

  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionInput")))
  @APIResponse(
      responseCode = "200",
      description = "The amendment, withdrawn.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentView")))
  public AmendmentView withdraw(@PathParam("id") long id, VersionInput input) {
    return amendments.withdraw(id, required(input).version(), locale());
  }

  @POST
  @Path("{id}/co-sponsors/{parliament}/confirmation")
  @APIResponse(
      responseCode = "200",
      description = "The amendment with the co-sponsorship confirmed.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentView")))
  public AmendmentView confirm(@PathParam("id") long id, @PathParam("parliament") long parliament) {
    return amendments.confirm(id, parliament, locale());
  }

  @DELETE
  @Path("{id}/co-sponsors/{parliament}")
  @APIResponse(
      responseCode = "200",
      description = "The amendment without the parliament as co-sponsor.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentView")))
  public AmendmentView decline(@PathParam("id") long id, @PathParam("parliament") long parliament) {
    return amendments.decline(id, parliament, locale());
  }

  /**
   * The Secretariat records the committee's decision on the amendment, once the deadline has
   * passed; 409 {@code amendment.decision.changed-meanwhile} when another officer decided since the
   * version read.
   */
  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DecisionInput")))
  @APIResponse(
      responseCode = "200",
      description = "The decision recorded, with the amendments it proposes to fall when adopted.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DecisionView")))
  public DecisionView decide(@PathParam("id") long id, DecisionInput input) {
    return decisions.record(id, required(input));
  }

  /**
   * The Secretariat puts the amendment to the committee's vote, once the deadline has passed: a
   * vote of the draft's Standing Committee (one vote per Member) that decides the amendment.
   */
  @POST
  @Path("{id}/vote")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CommitteeVoteInput")))
  @APIResponse(
      responseCode = "201",
      description =
          "The committee's vote on the amendment (one vote per Member, cast by its member of the"
              + " committee present or else its substitute present; simple majority of the votes"
              + " cast), its subject the amendment's change in words, set up as a draft: the"
              + " Secretariat opens and closes it as any vote (/api/votes/{voteId}/open), and its"
              + " close records the amendment adopted or rejected (source COMMITTEE_VOTE). Refused"
              + " (409) before the deadline (amendment.decision.before-deadline), on an amendment"
              + " withdrawn (amendment.withdrawn), decided (amendment.vote.decided) or needing"
              + " review (amendment.decision.needs-review), or while a vote on it is set up or"
              + " open (amendment.vote-pending).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommitteeVote")))
  public Response putToVote(@PathParam("id") long id, CommitteeVoteInput input) {
    long voteId = decisions.putToVote(id, input == null ? null : input.method());
    return Response.created(URI.create("votes/" + voteId))
        .entity(new CommitteeVote(id, voteId))
        .build();
  }

  /** The parliament's delegates and whether each may table its amendments (its focal points). */
  @GET
  @Path("delegates/{parliament}")
  @APIResponse(
      responseCode = "200",
      description = "The delegates.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DelegateList")))
  public DelegateList delegates(@PathParam("parliament") long parliament) {
    return new DelegateList(amendments.delegates(parliament));
  }

  /** Authorises a delegate to table the parliament's amendments, or takes it back (focal point). */
  @PUT
  @Path("delegates/{parliament}/{account}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Authorisation")))
  @APIResponse(
      responseCode = "200",
      description = "The delegates after the decision.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DelegateList")))
  public DelegateList authorise(
      @PathParam("parliament") long parliament,
      @PathParam("account") long account,
      Authorisation input) {
    return new DelegateList(
        amendments.authorise(
            parliament, account, Boolean.TRUE.equals(required(input).authorised())));
  }

  private java.util.Locale locale() {
    return Language.of(headers).locale();
  }
}
