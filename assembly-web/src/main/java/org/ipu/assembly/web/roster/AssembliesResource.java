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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.CompositionEntry;
import org.ipu.assembly.registration.boundary.EarlierComposition;
import org.ipu.assembly.registration.boundary.EarlierCompositions;
import org.ipu.assembly.roster.boundary.Assemblies;
import org.ipu.assembly.roster.boundary.NewAssembly;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The Assemblies (Secretariat only): set up the next one (its membership and settings start as the
 * last one's) or an earlier one, make one current, and enter the compositions of the delegations at
 * an Assembly held before the system (for the gender sanction).
 */
@Path("assemblies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssembliesResource {

  /**
   * An Assembly as the API shows it; {@code cityFr}, {@code cityEs} and {@code cityAr} are the city
   * as pages in that language show it (in English where no name was given).
   */
  public record AssemblyView(
      long id,
      int number,
      String city,
      String countryCode,
      LocalDate opensOn,
      LocalDate closesOn,
      boolean current,
      long version,
      String cityFr,
      String cityEs,
      String cityAr) {

    static AssemblyView of(AssemblySession s) {
      return new AssemblyView(
          s.getId(),
          s.getNumber(),
          s.getCity(),
          s.getCountryCode(),
          s.getOpensOn(),
          s.getClosesOn(),
          s.isCurrent(),
          s.getVersion(),
          s.cityIn("fr"),
          s.cityIn("es"),
          s.cityIn("ar"));
    }
  }

  /** Which version of the Assembly the Secretariat read before making it current. */
  public record MakeCurrent(Long version) {}

  /** A Member's delegation at an earlier Assembly: its accredited delegates by gender. */
  public record CompositionView(
      long parliamentId, String countryCode, String name, int women, int men, String source) {

    static CompositionView of(EarlierComposition c, Locale locale) {
      return new CompositionView(
          c.parliament().getId(),
          c.parliament().getCountryCode(),
          c.parliament().name(locale),
          c.women(),
          c.men(),
          c.source().name());
    }
  }

  /** The compositions of the delegations at an earlier Assembly. */
  public record Compositions(List<CompositionView> compositions) {}

  @Inject private Assemblies assemblies;
  @Inject private EarlierCompositions compositions;

  @Context private HttpHeaders headers;

  /** Every Assembly, the latest first. */
  @GET
  public List<AssemblyView> all() {
    return assemblies.all().stream().map(AssemblyView::of).toList();
  }

  /** Sets up an Assembly; audited. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewAssembly")))
  @APIResponse(
      responseCode = "201",
      description = "The Assembly set up.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssemblyView")))
  public Response create(NewAssembly request) {
    AssemblyView created = AssemblyView.of(assemblies.create(request));
    return Response.created(URI.create("assemblies/" + created.id())).entity(created).build();
  }

  /** Makes the Assembly current, as read at {@code version}; audited. */
  @POST
  @Path("{id}/current")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MakeCurrent")))
  @APIResponse(
      responseCode = "200",
      description = "The Assembly, now current.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssemblyView")))
  public AssemblyView makeCurrent(@PathParam("id") long id, MakeCurrent request) {
    if (request == null || request.version() == null) {
      throw AssemblyException.invalid("assembly.version.required");
    }
    return AssemblyView.of(assemblies.makeCurrent(id, request.version()));
  }

  /** The delegations' compositions at an Assembly before the current one. */
  @GET
  @Path("{id}/compositions")
  @APIResponse(
      responseCode = "200",
      description = "Each Member's accredited delegates by gender.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Compositions")))
  public Compositions compositions(@PathParam("id") long id) {
    Locale locale = locale();
    return new Compositions(
        compositions.of(id).stream().map(c -> CompositionView.of(c, locale)).toList());
  }

  /** Enters a Member's composition at an Assembly held before the system; audited. */
  @PUT
  @Path("{id}/compositions/{parliament}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CompositionEntry")))
  @APIResponse(
      responseCode = "200",
      description = "The composition entered.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CompositionView")))
  public CompositionView enter(
      @PathParam("id") long id, @PathParam("parliament") long parliament, CompositionEntry entry) {
    return CompositionView.of(compositions.enter(id, parliament, entry), locale());
  }

  private Locale locale() {
    return Language.of(headers).locale();
  }
}
