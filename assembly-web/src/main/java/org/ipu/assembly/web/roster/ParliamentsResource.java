package org.ipu.assembly.web.roster;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The parliaments taking part in the current Assembly. The list is the Secretariat's; one
 * parliament is also its own focal point's and delegates'.
 */
@Path("parliaments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParliamentsResource {

  @Inject private Roster roster;

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

  private Locale locale() {
    return Language.bestFor(
            Language.acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).iterator())
        .locale();
  }
}
