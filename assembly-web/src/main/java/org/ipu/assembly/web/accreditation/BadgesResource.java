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
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.accreditation.boundary.BadgeSelection;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Badges (Secretariat: any; focal point: its own delegation's). {@code POST} prints them (new
 * tokens, the earlier badges revoked) and starts rendering the PDF; the batch tells how far it got;
 * its PDF is for the person who printed it.
 */
@Path("badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BadgesResource {

  /**
   * Which badges to print: one participant's, one parliament's delegation's, or all (Secretariat).
   *
   * @param unprintedOnly only those without a valid badge (default: false)
   * @param language the badges' language (en, fr, es, ar; default: the client's)
   */
  public record BadgeRequest(
      Long participantId, Long parliamentId, Boolean unprintedOnly, String language) {}

  /** A batch of badges being prepared; {@code id} is null when there was nothing to print. */
  public record BatchView(String id, int total, int done, boolean ready, boolean failed) {
    static BatchView of(BadgeBatches.Batch b) {
      return new BatchView(b.id(), b.total(), b.done(), b.ready(), b.failed());
    }
  }

  @Inject private BadgeBatches batches;
  @Context private HttpHeaders headers;
  @Context private SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BadgeRequest")))
  @APIResponse(
      responseCode = "202",
      description = "Printed; the PDF is being prepared.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BatchView")))
  public Response print(BadgeRequest request) {
    if (request == null) {
      throw AssemblyException.invalid("badge.selection");
    }
    Language language =
        request.language() == null
            ? Language.of(headers)
            : Language.byCode(request.language())
                .orElseThrow(() -> AssemblyException.invalid("badge.selection"));
    BatchView started =
        start(
            new BadgeSelection(
                request.participantId(),
                request.parliamentId(),
                Boolean.TRUE.equals(request.unprintedOnly())),
            language);
    return Response.status(started.id() == null ? 200 : 202).entity(started).build();
  }

  @GET
  @Path("batches/{id}")
  public BatchView batch(@PathParam("id") String id) {
    return BatchView.of(own(id));
  }

  @GET
  @Path("batches/{id}/pdf")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The badges, one per page of the standard badge size.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("id") String id) {
    byte[] pdf =
        own(id).pdf().orElseThrow(() -> AssemblyException.conflict("badge.batch-not-ready"));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"badges.pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private BatchView start(BadgeSelection selection, Language language) {
    return batches
        .print(selection, language, security.getUserPrincipal().getName())
        .map(BatchView::of)
        .orElse(new BatchView(null, 0, 0, false, false));
  }

  private BadgeBatches.Batch own(String id) {
    return batches
        .of(id, security.getUserPrincipal().getName())
        .orElseThrow(() -> AssemblyException.notFound("badge.batch-unknown"));
  }
}
