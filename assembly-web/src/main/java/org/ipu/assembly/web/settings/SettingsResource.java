package org.ipu.assembly.web.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.boundary.SettingsChange;
import org.ipu.assembly.platform.settings.rules.PopulationStep;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.web.platform.rest.OneOf;

/**
 * The current Assembly's settings (Secretariat). {@code PUT} takes {@code {"version": n, "values":
 * {"vote.minimum": 12, "invitation.lifetime": null}}}: the keys named change ({@code null} back to
 * the default), the others keep their values. A bad value is 400 with the code {@code
 * settings.<key>.<problem>} (nothing saved); an unknown key 400 {@code settings.unknown}; a change
 * made on an older version 409 {@code settings.changed-meanwhile}.
 */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

  @Inject private AssemblySettings settings;
  @Inject private Roster roster;

  @GET
  public SettingsView current() {
    AssemblySession session = currentSession();
    return SettingsView.of(session.getNumber(), settings.snapshot(session.getId()));
  }

  /**
   * A change as sent.
   *
   * @param version the version the change was made on, as read
   * @param values the new values by setting key: a whole number, or rows {@code {"fromPersons",
   *     "bonus"}} for a population table; {@code null} back to the default
   */
  public record Change(
      Number version, @OneOf({Long.class, PopulationStep[].class}) Map<String, Object> values) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SettingsView change(Change change) {
    if (change == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    AssemblySession session = currentSession();
    return SettingsView.of(
        session.getNumber(),
        settings.change(session.getId(), new SettingsChange(change.version(), change.values())));
  }

  private AssemblySession currentSession() {
    return roster.requireCurrentSession();
  }
}
