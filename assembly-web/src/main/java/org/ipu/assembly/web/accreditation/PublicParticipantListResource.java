package org.ipu.assembly.web.accreditation;

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
import org.ipu.assembly.accreditation.boundary.ParticipantList;

/**
 * The public list of participants, without sign-in: the participants of the approved delegations
 * who consented to appear in the public list, as {@code list.pdf}, {@code list.csv} or {@code
 * list.xlsx}, of the current Assembly or the one given with {@code ?assembly=}, in the language of
 * {@code ?lang=} or {@code Accept-Language}.
 */
@Path("public/participants/list.{format:pdf|csv|xlsx}")
@RequestScoped
public class PublicParticipantListResource {

  @Inject private ParticipantList list;
  @Inject private ParticipantListFiles files;
  @Context private HttpHeaders headers;

  @GET
  @Produces({"application/pdf", "text/csv", ParticipantListFiles.XLSX})
  @APIResponse(
      responseCode = "200",
      description = "The public list of participants, in the format and language asked for.",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = ParticipantListFiles.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response list(
      @PathParam("format") String format,
      @QueryParam("lang") String lang,
      @QueryParam("assembly") Long assembly) {
    return files.file(
        format, lang, headers, language -> list.published(assembly, language.locale()));
  }
}
