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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.rest.PdfAnswer;
import org.ipu.assembly.web.roster.SessionBacking;

/**
 * Open data, without sign-in: the record of a closed vote as PDF, in the language asked for with
 * {@code ?lang=} (en, fr, es, ar), else the client's {@code Accept-Language}, else English. A vote
 * that is not closed has no record: 409 {@code vote.not-closed}.
 */
@Path("public/votes/{id}/record.pdf")
@RequestScoped
public class VoteRecordResource {

  @Inject private PlenaryVoting voting;
  @Inject private Roster roster;
  @Inject private DocumentRenderer documents;
  @Context private HttpHeaders headers;

  @GET
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The record of the closed vote, in the language asked for.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response record(@PathParam("id") long id, @QueryParam("lang") String lang) {
    VoteSnapshot vote = voting.publicSnapshot(id);
    if (vote.state() != VoteState.CLOSED) {
      throw AssemblyException.conflict("vote.not-closed", id);
    }
    Language language = Language.of(lang, headers);
    byte[] pdf =
        documents.pdf(
            VoteRecord.TEMPLATE,
            VoteRecord.model(vote, assembly(voting.vote(id).getSessionId(), language), language),
            language.locale());
    return PdfAnswer.of(pdf, language, "vote-" + id);
  }

  /**
   * The Assembly's title, as the page headers give it; empty if the vote is not of the current one.
   */
  private String assembly(long sessionId, Language language) {
    return assemblyTitle(roster, sessionId, language);
  }

  /**
   * The title of the Assembly {@code sessionId} in a record, as the page headers give it; empty if
   * it is not the current one.
   */
  static String assemblyTitle(Roster roster, long sessionId, Language language) {
    return roster
        .currentSession()
        .filter(s -> s.getId() == sessionId)
        .map(s -> SessionBacking.title(s, language))
        .orElse("");
  }
}
