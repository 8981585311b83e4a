package org.ipu.assembly.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.platform.AssemblyException;

/**
 * Accounts: who is signed in ({@code /me}), the Secretariat's list, and opening accounts by
 * invitation (the person sets their password through a link mailed to them).
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject private Accounts accounts;

  @GET
  @Path("me")
  public AccountView me() {
    return AccountView.of(accounts.caller());
  }

  @GET
  public List<AccountView> all() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  /** Opens an account for a parliament's focal point (Secretariat only). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewAccount")))
  @APIResponse(
      responseCode = "201",
      description = "The account opened.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
  public Response openFocalPoint(NewAccount request) {
    if (request == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    AccountView created = AccountView.of(accounts.openFocalPointAccount(request));
    return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
  }

  /**
   * Opens a delegate's login account: the Secretariat for any parliament, a focal point for its
   * own. The parliament's approved registration, not the account, makes its owner a delegate of an
   * Assembly (or its head).
   */
  @POST
  @Path("delegates")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewAccount")))
  @APIResponse(
      responseCode = "201",
      description = "The account opened.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
  public Response openDelegate(NewAccount request) {
    if (request == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    AccountView created = AccountView.of(accounts.openDelegateAccount(request));
    return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
  }

  /** When a new invitation link expires. */
  public record InvitationSent(String username, Instant expiresAt) {}

  /**
   * Mails a new invitation to an account that has no password yet (the earlier link expired);
   * earlier links stop working.
   */
  @POST
  @Path("{username}/invitation")
  @APIResponse(
      responseCode = "202",
      description = "The new link is mailed; when it expires.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "InvitationSent")))
  public Response inviteAgain(@PathParam("username") String username) {
    Instant expiresAt = accounts.inviteAgain(username);
    return Response.accepted(new InvitationSent(username, expiresAt)).build();
  }
}
