package org.ipu.assembly.web.accreditation;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.accreditation.boundary.VisaLetters;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Visa-support letters of the current Assembly: the Secretariat lists the requests of the approved
 * delegations and signs each letter off; the signed-off letter (PDF, in the participant's working
 * language) is for the Secretariat and the parliament's own focal points (403 for anyone else, 409
 * {@code visa-letter.not-signed} before the sign-off).
 */
@Path("visa-letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisaLettersResource {

  @Inject private VisaLetters letters;
  @Inject private DocumentRenderer documents;
  @Context private HttpHeaders headers;

  /** Every request, pending and signed off, by delegation (Secretariat). */
  @GET
  public List<VisaRequestView> requests() {
    Language language = Language.of(headers);
    return letters.requests().stream().map(r -> VisaRequestView.of(r, language)).toList();
  }

  /** Signs the participant's letter off (Secretariat); again: nothing changes. */
  @POST
  @Path("{participant}/sign-off")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The request, signed off.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "VisaRequestView")))
  public VisaRequestView signOff(@PathParam("participant") long participantId) {
    return VisaRequestView.of(letters.signOff(participantId), Language.of(headers));
  }

  /** The signed-off letter, in the participant's working language. */
  @GET
  @Path("{participant}/letter.pdf")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The visa-support letter.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response letter(@PathParam("participant") long participantId) {
    VisaLetters.VisaLetter letter = letters.letter(participantId);
    Language language = VisaLetterDocument.language(letter);
    byte[] pdf =
        documents.pdf(
            VisaLetterDocument.TEMPLATE,
            VisaLetterDocument.model(letter, language),
            language.locale());
    return Response.ok(pdf, "application/pdf")
        .header("Content-Language", language.code())
        .header(
            "Content-Disposition", "attachment; filename=\"visa-letter-" + participantId + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
