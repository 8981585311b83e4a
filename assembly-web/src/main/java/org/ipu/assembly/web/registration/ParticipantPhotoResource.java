package org.ipu.assembly.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.registration.boundary.Registrations;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.web.platform.rest.Upload;

/**
 * A registered participant's badge photo: read, uploaded (the image file itself, not JSON) and
 * removed by the parliament's focal points and the Secretariat only.
 */
@Path("registrations/participants/{id}/photo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantPhotoResource {

  private static final String JPEG = "image/jpeg";
  private static final String PNG = "image/png";
  private static final String BINARY = "binary";

  @Inject private Registrations registrations;

  /** The participant's badge photo: a 600 x 600 JPEG, never cached by the browser or a proxy. */
  @GET
  @Produces(JPEG)
  @APIResponse(
      responseCode = "200",
      description = "The badge photo, 600 x 600 pixels (404 photo.none when there is none).",
      content =
          @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = BINARY)))
  public Response photo(@PathParam("id") long participantId) {
    return Response.ok(registrations.photo(participantId).getJpeg(), JPEG)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .build();
  }

  /**
   * Uploads the participant's badge photo, the file itself as the body: a JPEG or PNG (as its bytes
   * say, whatever the type sent), at most the Assembly's limit (413 {@code photo.too-large},
   * nothing read further), at least 200 pixels a side; it is kept cropped square, 600 x 600,
   * without its metadata. Refused otherwise with 400 {@code photo.not-an-image}, {@code
   * photo.too-small} or {@code photo.too-many-pixels}. A change like any other: an approved
   * delegation needs approval again.
   */
  @PUT
  @Consumes({JPEG, PNG})
  @Upload(limit = PhotoUploadLimit.class)
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = BINARY)),
        @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = BINARY))
      })
  @APIResponse(
      responseCode = "200",
      description = "The participant, with their photo.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParticipantLine")))
  public ParticipantLine changePhoto(@PathParam("id") long participantId, byte[] upload) {
    return registrations.changePhoto(participantId, upload);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "The photo removed.")
  public Response removePhoto(@PathParam("id") long participantId) {
    registrations.removePhoto(participantId);
    return Response.noContent().build();
  }
}
