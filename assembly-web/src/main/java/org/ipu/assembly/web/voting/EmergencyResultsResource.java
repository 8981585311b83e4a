package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.boundary.EmergencySelections;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.rest.PdfAnswer;

/**
 * Open data, without sign-in: an emergency item selection as the hall screen shows it, and the
 * results of a closed one as JSON and CSV (each request delegation by delegation, its arithmetic,
 * and the request added) and its record as PDF, in the language asked for with {@code ?lang=} (en,
 * fr, es, ar), else the client's {@code Accept-Language}, else English.
 */
@Path("public/emergency-selections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyResultsResource {

  @Inject private EmergencySelections selections;
  @Inject private PlenaryVoting voting;
  @Inject private Roster roster;
  @Inject private DocumentRenderer documents;
  @Context private HttpHeaders headers;

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The selection now, each request's vote without its board (the live screens').",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.SELECTION)))
  @APIResponse(
      responseCode = "404",
      description = "emergency.not-found.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.ERROR)))
  public EmergencySnapshot one(@PathParam("id") long id) {
    return selections.liveSnapshot(id);
  }

  /** Open data: a closed selection's result as JSON, each request's vote with its board. */
  @GET
  @Path("{id}/results.json")
  @APIResponse(
      responseCode = "200",
      description = "The result: the selection at close, each request delegation by delegation.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.SELECTION)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-closed: the results are published once it is closed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.ERROR)))
  public EmergencySnapshot resultsJson(@PathParam("id") long id) {
    return closed(id);
  }

  /** Open data: a closed selection's result as CSV (RFC 4180). */
  @GET
  @Path("{id}/results.csv")
  @Produces("text/csv")
  @APIResponse(
      responseCode = "200",
      description =
          "The result as CSV: each request delegation by delegation, then its totals (cast,"
              + " required, eligible); last the outcome and the leading requests.",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-closed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.ERROR)))
  public Response resultsCsv(@PathParam("id") long id) {
    return Response.ok(EmergencyResultsCsv.of(closed(id)), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition", "attachment; filename=\"emergency-selection-" + id + ".csv\"")
        .build();
  }

  /** The record of a closed selection as PDF, in the reader's language. */
  @GET
  @Path("{id}/record.pdf")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description =
          "The record of the closed selection, in the language asked for: the requests as tabled,"
              + " each request's arithmetic, the request added (or the tie, or none eligible), and"
              + " each request's delegations.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "404",
      description = "emergency.not-found.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.ERROR)))
  @APIResponse(
      responseCode = "409",
      description = "emergency.not-closed: a selection has a record once it is closed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = EmergencySelectionsResource.ERROR)))
  public Response record(@PathParam("id") long id, @QueryParam("lang") String lang) {
    EmergencySnapshot selection = closed(id);
    Language language = Language.of(lang, headers);
    byte[] pdf =
        documents.pdf(
            EmergencyRecord.TEMPLATE,
            EmergencyRecord.model(selection, assembly(selection, language), language),
            language.locale());
    return PdfAnswer.of(pdf, language, "emergency-selection-" + id);
  }

  /**
   * The Assembly's title, as the page headers give it; empty if the selection is not of the current
   * one (its requests' votes are of the selection's Assembly).
   */
  private String assembly(EmergencySnapshot selection, Language language) {
    Long vote = selection.requests().isEmpty() ? null : selection.requests().get(0).voteId();
    if (vote == null) {
      return "";
    }
    return VoteRecordResource.assemblyTitle(roster, voting.vote(vote).getSessionId(), language);
  }

  private EmergencySnapshot closed(long id) {
    EmergencySnapshot snapshot = selections.snapshot(id);
    if (snapshot.state() != VoteState.CLOSED) {
      throw AssemblyException.conflict("emergency.not-closed", id);
    }
    return snapshot;
  }
}
