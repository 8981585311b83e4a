package org.ipu.assembly.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ipu.assembly.accounts.boundary.Invitations;
import org.ipu.assembly.platform.AssemblyException;

/**
 * The invitation link for API clients (the page {@code invitation.xhtml} does the same for
 * browsers): no sign-in, the token from the mailed link is the proof. Public under {@code
 * /api/public}.
 */
@Path("public/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

  /** The token from the invitation link and the password the person chooses. */
  public record NewPassword(String token, String password) {}

  /** The account whose password was set. */
  public record PasswordSet(String username) {}

  @Inject private Invitations invitations;

  /**
   * Sets the password through the invitation; the link then never works again. Refused with {@code
   * invitation.unknown} (404), {@code invitation.used}, {@code .replaced} or {@code .expired}
   * (409), or the password's problem (400).
   */
  @POST
  @Path("accept")
  @Consumes(MediaType.APPLICATION_JSON)
  public PasswordSet accept(NewPassword request) {
    if (request == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    return new PasswordSet(invitations.accept(request.token(), request.password()));
  }
}
