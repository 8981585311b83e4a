package org.ipu.assembly.web.amendments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.amendments.boundary.Resolutions;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The way from the committee's text to the adopted resolution, for the Secretariat: the committee
 * adopts the text as amended of a draft whose amendments all have a decision (it is stored as the
 * committee's text), and the plenary's adoption by consensus is recorded on the version read. The
 * adopted resolution is public: {@code /api/public/resolutions}.
 */
@Path("resolutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionsResource {

  /** The draft whose text as amended the committee adopts. */
  public record CommitteeText(Long draftId) {}

  /**
   * The plenary's vote on the committee's text as read at {@code version}: ELECTRONIC (the
   * default), SHOW_OF_HANDS or ROLL_CALL.
   */
  public record PlenaryVoteInput(Long version, String method) {}

  /** The plenary's vote set up on the resolution, a draft the Secretariat opens on its console. */
  public record PlenaryVote(long resolutionId, long voteId) {}

  @Inject private Resolutions resolutions;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommitteeText")))
  @APIResponse(
      responseCode = "201",
      description =
          "The committee's text, stored in English and French (and in Spanish and Arabic where"
              + " the draft is written wholly in them). Refused (409) before the deadline"
              + " (resolution.before-deadline), while amendments await a decision"
              + " (resolution.amendments-undecided), while the text as amended is blocked"
              + " (amendment.text.conflict) or once the committee adopted a text"
              + " (resolution.committee-text.exists).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResolutionView")))
  public Response committeeAdopts(CommitteeText input) {
    if (input == null || input.draftId() == null) {
      throw AssemblyException.invalid("resolution.draft.missing");
    }
    ResolutionView created = resolutions.committeeAdopts(input.draftId(), language());
    return Response.created(URI.create("resolutions/" + created.id())).entity(created).build();
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description =
          "The resolution in ?lang= (its English text where it has none in that language):"
              + " every state for the Secretariat, adopted ones for others.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResolutionView")))
  public ResolutionView resolution(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return resolutions.resolution(id, lang == null ? language() : lang);
  }

  @POST
  @Path("{id}/adoption")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionInput")))
  @APIResponse(
      responseCode = "200",
      description =
          "The plenary adopted the committee's text by consensus. Refused (409) when it was"
              + " decided already (resolution.decided) or changed since it was read"
              + " (resolution.changed-meanwhile).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResolutionView")))
  public ResolutionView adoptedByConsensus(
      @PathParam("id") long id, DraftsResource.VersionInput input) {
    return resolutions.adoptedByConsensus(id, DraftsResource.required(input).version(), language());
  }

  @POST
  @Path("{id}/vote")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PlenaryVoteInput")))
  @APIResponse(
      responseCode = "201",
      description =
          "The plenary's vote on the committee's text (simple majority), set up as a draft: the"
              + " Secretariat opens and closes it as any vote (/api/votes/{voteId}/open), and its"
              + " close records the resolution adopted or rejected with the vote's totals. Refused"
              + " (409) while another vote on it is set up or open (resolution.vote-pending), once"
              + " decided (resolution.decided) or changed since read"
              + " (resolution.changed-meanwhile).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlenaryVote")))
  public Response putToVote(@PathParam("id") long id, PlenaryVoteInput input) {
    PlenaryVoteInput vote = DraftsResource.required(input);
    long voteId = resolutions.putToVote(id, vote.version(), vote.method());
    return Response.created(URI.create("votes/" + voteId))
        .entity(new PlenaryVote(id, voteId))
        .build();
  }

  private String language() {
    return Language.of(headers).code();
  }
}
