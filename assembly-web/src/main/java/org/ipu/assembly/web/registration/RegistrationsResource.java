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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.DelegateAccounts;
import org.ipu.assembly.registration.boundary.PersonalDataRetention;
import org.ipu.assembly.registration.boundary.RegistrationQueue;
import org.ipu.assembly.registration.boundary.Registrations;
import org.ipu.assembly.registration.control.AssemblyPersonalData;
import org.ipu.assembly.registration.control.OwnRegistration;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.control.RegistrationReminders;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Delegation registration at the current Assembly, by parliament: its focal points (their own
 * parliament) and the Secretariat (any) read and change the delegation and submit it; the
 * Secretariat lists every delegation, approves or returns one, and deletes the personal data of
 * past Assemblies whose retention period is over. A change names the version it was made on (409
 * {@code registration.changed-meanwhile} otherwise). The badge photos are {@link
 * ParticipantPhotoResource}'s.
 */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

  /** Starts a delegation, empty or from the parliament's delegation to its latest Assembly. */
  public record Start(boolean fromEarlierAssembly) {}

  /** A submission or an approval, made on the delegation as read at {@code version}. */
  public record Decision(Long version) {}

  /** A registered person's own data: their registration at each Assembly. */
  public record OwnData(List<OwnRegistration> registrations) {}

  /** A return to the focal points, with the reason they will read. */
  public record Return(Long version, String comment) {}

  /**
   * A run of the retention purge: {@code dryRun} true lists what would be deleted and changes
   * nothing; false deletes it.
   */
  public record RetentionRun(Boolean dryRun) {}

  /**
   * What a run of the retention purge found: each past Assembly whose personal data is due for
   * deletion (a dry run) or was deleted, the earliest closed first.
   */
  public record RetentionReport(boolean dryRun, List<AssemblyPersonalData> assemblies) {}

  @Inject private Registrations registrations;
  @Inject private RegistrationQueue queue;
  @Inject private DelegateAccounts delegateAccounts;
  @Inject private PersonalDataRetention retention;
  @Context private HttpHeaders headers;

  /** Every delegation of the current Assembly, submitted ones oldest first (Secretariat). */
  @GET
  public List<DelegationView> all() {
    Language language = language();
    return queue.all().stream().map(sheet -> DelegationView.of(sheet, language)).toList();
  }

  /**
   * Sends the registration reminder due now, if one is, to the focal points of the parliaments that
   * have not submitted and were not reminded of it yet (the hourly timer does the same): which
   * reminder went out (0 when none is due) and to how many parliaments.
   */
  @POST
  @Path("reminders")
  @APIResponse(
      responseCode = "200",
      description = "The reminder sent.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Sent")))
  public RegistrationReminders.Sent sendDueReminders() {
    return queue.sendDueReminders().orElse(new RegistrationReminders.Sent(0, 0));
  }

  @GET
  @Path("{parliament}")
  public DelegationView delegation(@PathParam("parliament") long parliamentId) {
    return DelegationView.of(registrations.sheet(parliamentId), language());
  }

  @POST
  @Path("{parliament}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Start")))
  @APIResponse(
      responseCode = "201",
      description = "The delegation started.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DelegationView")))
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
      description = "The participant as changed.",
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

  /**
   * Invites the registered member of parliament to open their login account (a link by mail in
   * their working language), or mails a new link if they have not set their password yet.
   */
  @POST
  @Path("participants/{id}/invitation")
  @APIResponse(
      responseCode = "200",
      description = "The participant with their account.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParticipantLine")))
  public ParticipantLine invite(@PathParam("id") long participantId) {
    return delegateAccounts.invite(participantId);
  }

  /** The signed-in delegate's own registration data, every Assembly, as a JSON file. */
  @GET
  @Path("mine")
  @APIResponse(
      responseCode = "200",
      description = "The person's registrations, latest Assembly first.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OwnData")))
  public Response mine() {
    return Response.ok(new OwnData(delegateAccounts.mine()))
        .header("Content-Disposition", "attachment; filename=\"my-registration.json\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("{parliament}/submission")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Decision")))
  public DelegationView submit(@PathParam("parliament") long parliamentId, Decision request) {
    return DelegationView.of(
        registrations.submit(parliamentId, version(request == null ? null : request.version())),
        language());
  }

  @POST
  @Path("{parliament}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Decision")))
  public DelegationView approve(@PathParam("parliament") long parliamentId, Decision request) {
    return DelegationView.of(
        queue.approve(parliamentId, version(request == null ? null : request.version())),
        language());
  }

  @POST
  @Path("{parliament}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Return")))
  public DelegationView giveBack(@PathParam("parliament") long parliamentId, Return request) {
    if (request == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    return DelegationView.of(
        queue.returnWith(parliamentId, version(request.version()), request.comment()), language());
  }

  /**
   * The personal data of past Assemblies whose retention period is over (Secretariat): listed in a
   * dry run, deleted otherwise (then what was deleted), keeping anonymous counts per delegation.
   */
  @POST
  @Path("retention")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RetentionRun")))
  @APIResponse(
      responseCode = "200",
      description = "Each Assembly's personal data due for deletion (dry run) or deleted.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "RetentionReport")))
  public RetentionReport retention(RetentionRun request) {
    if (request == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    if (request.dryRun() == null) {
      throw AssemblyException.invalid("registration.retention.dry-run.required");
    }
    return new RetentionReport(request.dryRun(), retention.retention(request.dryRun()));
  }

  private static long version(Long version) {
    if (version == null) {
      throw AssemblyException.invalid("registration.version.required");
    }
    return version;
  }

  private Language language() {
    return Language.of(headers);
  }
}
