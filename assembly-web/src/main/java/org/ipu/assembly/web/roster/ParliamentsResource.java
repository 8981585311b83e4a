package org.ipu.assembly.web.roster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.MembershipChange;
import org.ipu.assembly.roster.boundary.Memberships;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.EntitlementPreview;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The parliaments taking part in the current Assembly. The list is the Secretariat's; one
 * parliament is also its own focal point's and delegates'. The Secretariat changes a parliament's
 * standing, seeing first what it does to its votes.
 */
@Path("parliaments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParliamentsResource {

  @Inject private Roster roster;
  @Inject private Memberships memberships;
  @Inject private PlenaryVoting voting;

  @Context private HttpHeaders headers;

  @GET
  public List<ParliamentView> all() {
    Locale locale = locale();
    return roster.currentMemberships().stream().map(m -> ParliamentView.of(m, locale)).toList();
  }

  @GET
  @Path("{id}")
  public ParliamentView one(@PathParam("id") long id) {
    return ParliamentView.of(roster.currentMembership(id), locale());
  }

  /** What a change to a parliament's standing would do to its votes (before saving it). */
  public record MembershipPreview(
      String votingRightNow, int entitlementNow, String votingRightAfter, int entitlementAfter)
      implements java.io.Serializable {}

  /**
   * The Secretariat changes the parliament's standing at the current Assembly (status, suspension
   * with its reason, population), as read at {@code version}; audited.
   */
  @PUT
  @Path("{id}/membership")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "MembershipChange")))
  public ParliamentView change(@PathParam("id") long id, MembershipChange change) {
    return ParliamentView.of(memberships.change(id, change), locale());
  }

  /** The parliament's votes now and with the change given, which is not saved. */
  @POST
  @Path("{id}/membership/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "MembershipChange")))
  @APIResponse(
      responseCode = "200",
      description = "The votes now and after the change.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "MembershipPreview")))
  public MembershipPreview preview(@PathParam("id") long id, MembershipChange change) {
    return preview(voting, id, change);
  }

  /** The preview of a change, checked first (shared with the page). */
  static MembershipPreview preview(PlenaryVoting voting, long id, MembershipChange given) {
    if (given == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    MembershipChange change = given.checked();
    EntitlementPreview preview =
        voting.entitlementIf(id, change.status(), change.suspended(), change.persons());
    return new MembershipPreview(
        preview.now().votingRight().name(),
        preview.now().entitlement(),
        preview.after().votingRight().name(),
        preview.after().entitlement());
  }

  private Locale locale() {
    return Language.of(headers).locale();
  }
}
