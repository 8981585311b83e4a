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
 * The participants' list of participants, for anyone signed in: the participants of the approved
 * delegations who consented to appear in it (to the participants or to the public), as {@code
 * list.pdf}, {@code list.csv} or {@code list.xlsx}, of the current Assembly or the one given with
 * {@code ?assembly=}, in the language of {@code ?lang=} or {@code Accept-Language}. The public list
 * is {@link PublicParticipantListResource}'s.
 */
@Path("participants/list.{format:pdf|csv|xlsx}")
@RequestScoped
public class ParticipantListResource {

  @Inject private ParticipantList list;
  @Inject private ParticipantListFiles files;
  @Context private HttpHeaders headers;

  @GET
  @Produces({"application/pdf", "text/csv", ParticipantListFiles.XLSX})
  @APIResponse(
      responseCode = "200",
      description = "The participants' list of participants, in the format and language asked for.",
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
        format, lang, headers, language -> list.forParticipants(assembly, language.locale()));
  }
}
