package org.ipu.assembly.web.registration;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.RegistrationQueue;
import org.ipu.assembly.registration.boundary.Registrations;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.rest.Upload;

/**
 * Delegation registration at the current Assembly, by parliament: its focal points (their own
 * parliament) and the Secretariat (any) read and change the delegation and submit it; the
 * Secretariat lists every delegation, approves or returns one. A change names the version it was
 * made on (409 {@code registration.changed-meanwhile} otherwise). A participant's badge photo is
 * read, uploaded (the image file itself, not JSON) and removed at {@code participants/{id}/photo}.
 */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

  /** Starts a delegation, empty or from the parliament's delegation to its latest Assembly. */
  public record Start(boolean fromEarlierAssembly) {}

  /** A submission or an approval, made on the delegation as read at {@code version}. */
  public record Decision(Long version) {}

  /** A return to the focal points, with the reason they will read. */
  public record Return(Long version, String comment) {}

  private static final String JPEG = "image/jpeg";
  private static final String PNG = "image/png";
  private static final String BINARY = "binary";

  @Inject private Registrations registrations;
  @Inject private RegistrationQueue queue;
  @Context private HttpHeaders headers;

  /** Every delegation of the current Assembly, submitted ones oldest first (Secretariat). */
  @GET
  public List<DelegationView> all() {
    Language language = language();
    return queue.all().stream().map(sheet -> DelegationView.of(sheet, language)).toList();
  }

  @GET
  @Path("{parliament}")
  public DelegationView delegation(@PathParam("parliament") long parliamentId) {
    return DelegationView.of(registrations.sheet(parliamentId), language());
  }

  @POST
  @Path("{parliament}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(content = @Content(schema = @Schema(ref = "Start")))
  @APIResponse(
      responseCode = "201",
      description = "The delegation started.",
      content = @Content(schema = @Schema(ref = "DelegationView")))
  public Response start(@PathParam("parliament") long parliamentId, Start request) {
    DelegationView started =
        DelegationView.of(
            registrations.start(parliamentId, request != null && request.fromEarlierAssembly()),
            language());
    return Response.created(URI.create("registrations/" + parliamentId)).entity(started).build();
  }

  @POST
  @Path("{parliament}/participants")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParticipantDetails")))
  @APIResponse(
      responseCode = "201",
      description = "The participant added.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParticipantLine")))
  public Response add(@PathParam("parliament") long parliamentId, ParticipantDetails details) {
    ParticipantLine added = registrations.add(parliamentId, details);
    return Response.created(URI.create("registrations/participants/" + added.id()))
        .entity(added)
        .build();
  }

  @PUT
  @Path("participants/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParticipantDetails")))
  @APIResponse(
      responseCode = "200",
      description = "The participant changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParticipantLine")))
  public ParticipantLine change(@PathParam("id") long participantId, ParticipantDetails details) {
    return registrations.change(participantId, details);
  }

  @DELETE
  @Path("participants/{id}")
  @APIResponse(responseCode = "204", description = "The participant removed.")
  public Response remove(@PathParam("id") long participantId, @QueryParam("version") Long version) {
    if (version == null) {
      throw AssemblyException.invalid("registration.version.required");
    }
    registrations.remove(participantId, version);
    return Response.noContent().build();
  }

  /** The participant's badge photo: a 600 x 600 JPEG, never cached by the browser or a proxy. */
  @GET
  @Path("participants/{id}/photo")
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
  @Path("participants/{id}/photo")
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
  @Path("participants/{id}/photo")
  @APIResponse(responseCode = "204", description = "The photo removed.")
  public Response removePhoto(@PathParam("id") long participantId) {
    registrations.removePhoto(participantId);
    return Response.noContent().build();
  }

  @POST
  @Path("{parliament}/submission")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Decision")))
  public DelegationView submit(@PathParam("parliament") long parliamentId, Decision request) {
    return DelegationView.of(
        registrations.submit(parliamentId, version(request == null ? null : request.version())),
        language());
  }

  @POST
  @Path("{parliament}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Decision")))
  public DelegationView approve(@PathParam("parliament") long parliamentId, Decision request) {
    return DelegationView.of(
        queue.approve(parliamentId, version(request == null ? null : request.version())),
        language());
  }

  @POST
  @Path("{parliament}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Return")))
  public DelegationView giveBack(@PathParam("parliament") long parliamentId, Return request) {
    if (request == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    return DelegationView.of(
        queue.returnWith(parliamentId, version(request.version()), request.comment()), language());
  }

  private static long version(Long version) {
    if (version == null) {
      throw AssemblyException.invalid("registration.version.required");
    }
    return version;
  }

  private Language language() {
    return Language.bestFor(
        Language.acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).iterator());
  }
}
