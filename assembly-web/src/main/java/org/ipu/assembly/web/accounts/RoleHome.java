package org.ipu.assembly.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.accounts.entity.Role;

/** Where each role lands, and the places its navigation offers. */
@Named("home")
@RequestScoped
public class RoleHome {

  /** A place in the navigation: its bundle key, its path, and the roles that see it. */
  public record Place(String labelKey, String path, Role... roles) {
    boolean isFor(Role role) {
      return Arrays.asList(roles).contains(role);
    }
  }

  private static final List<Place> PLACES =
      List.of(
          new Place("nav.home.secretariat", "/secretariat/index.xhtml", Role.SECRETARIAT),
          new Place("nav.home", "/focal/index.xhtml", Role.FOCAL_POINT),
          new Place("nav.home", "/delegate/index.xhtml", Role.DELEGATE),
          new Place("nav.home", "/observer/index.xhtml", Role.OBSERVER),
          new Place("nav.voting", "/secretariat/voting.xhtml", Role.SECRETARIAT),
          new Place("nav.entitlements", "/secretariat/entitlements.xhtml", Role.SECRETARIAT),
          new Place("nav.parliaments", "/secretariat/parliaments.xhtml", Role.SECRETARIAT),
          new Place("nav.accounts", "/secretariat/accounts.xhtml", Role.SECRETARIAT),
          new Place("nav.settings", "/secretariat/settings.xhtml", Role.SECRETARIAT),
          new Place("nav.hall", "/hall/index.xhtml", Role.values()),
          new Place("nav.results", "/hall/results.xhtml", Role.values()),
          new Place("nav.resolutions", "/resolutions/index.xhtml", Role.values()),
          new Place("nav.side-events", "/side-events/programme.xhtml", Role.values()),
          new Place(
              "nav.side-event-requests",
              "/side-events/requests.xhtml",
              Role.SECRETARIAT,
              Role.FOCAL_POINT),
          new Place("nav.side-event-desk", "/secretariat/side-events.xhtml", Role.SECRETARIAT),
          new Place("nav.participant-list", "/participants/list.xhtml", Role.values()));

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  /** The caller's role, if signed in. */
  public Optional<Role> role() {
    return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).findFirst();
  }

  /** The caller's home page path; the sign-in page when not signed in. */
  public String path() {
    return role()
        .flatMap(r -> PLACES.stream().filter(p -> p.isFor(r)).findFirst())
        .map(Place::path)
        .orElse("/login.xhtml");
  }

  public List<Place> getPlaces() {
    return role().map(r -> PLACES.stream().filter(p -> p.isFor(r)).toList()).orElse(List.of());
  }

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getCallerName() {
    return isSignedIn() ? security.getCallerPrincipal().getName() : "";
  }

  public String getRoleKey() {
    return role().map(r -> "Role." + r.name()).orElse("");
  }

  /** For {@code index.xhtml}: sends the caller to their home. */
  public void redirect() throws IOException {
    var external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + path());
  }
}
