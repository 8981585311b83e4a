package org.ipu.assembly.web.voting;

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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.WholeNumber;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.boundary.Presence;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.entity.PresenceState;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Presence in the plenary: a delegate checks in ({@code POST check-in}); the Secretariat confirms
 * or marks presence ({@code PUT presence/{accountId}}); a head of delegation designates who may
 * cast its ballot.
 */
@Path("plenary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlenaryResource {

  /** A delegate's presence as the API shows it. */
  public record PresenceView(
      long accountId, long parliamentId, String state, LocalDateTime changedAt, String changedBy) {
    static PresenceView of(PlenaryPresence p) {
      return new PresenceView(
          p.getAccountId(),
          p.getParliamentId(),
          p.getState().name(),
          p.getChangedAt(),
          p.getChangedBy());
    }
  }

  /** A presence to set: PRESENT or ABSENT. */
  public record PresenceChange(String state) {}

  /** Delegates to mark at once, and the state to mark them in. */
  public record PresenceChanges(List<Long> accountIds, String state) {}

  /** A delegate to designate as a caster. */
  public record Designation(Number accountId) {}

  @Inject private Presence presence;
  @Inject private PlenaryVoting voting;
  @Context private HttpHeaders headers;

  /** Each parliament's votes now and why (Secretariat). */
  @GET
  @Path("entitlements")
  public List<EntitlementView> entitlements() {
    Locale locale = Language.of(headers).locale();
    return voting.entitlements().stream().map(d -> EntitlementView.of(d, locale)).toList();
  }

  @POST
  @Path("check-in")
  public PresenceView checkIn() {
    return PresenceView.of(presence.checkIn());
  }

  @GET
  @Path("presence/me")
  public PresenceView mine() {
    return PresenceView.of(presence.mine());
  }

  @GET
  @Path("presence")
  public List<PresenceView> all() {
    return presence.all().stream().map(PresenceView::of).toList();
  }

  @PUT
  @Path("presence/{accountId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PresenceChange")))
  public PresenceView mark(@PathParam("accountId") long accountId, PresenceChange change) {
    return PresenceView.of(presence.mark(accountId, state(VotesResource.required(change).state())));
  }

  /** Many delegates marked at once: all or none. */
  @PUT
  @Path("presence")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PresenceChanges")))
  public List<PresenceView> markAll(PresenceChanges changes) {
    PresenceChanges given = VotesResource.required(changes);
    return presence.markAll(given.accountIds(), state(given.state())).stream()
        .map(PresenceView::of)
        .toList();
  }

  private static PresenceState state(String given) {
    try {
      return PresenceState.valueOf(given);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw AssemblyException.invalid("presence.state.invalid");
    }
  }

  @POST
  @Path("designations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Designation")))
  @APIResponse(
      responseCode = "204",
      description = "The delegate may now cast the delegation's ballots.")
  public void designate(Designation designation) {
    Number accountId = VotesResource.required(designation).accountId();
    presence.designate(
        WholeNumber.of(accountId, 1, Long.MAX_VALUE)
            .orElseThrow(
                () ->
                    AssemblyException.invalid(
                        "presence.not-a-delegate", String.valueOf(accountId))));
  }
}
