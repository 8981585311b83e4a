package org.ipu.assembly.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.accreditation.boundary.AssemblyStatistics;
import org.ipu.assembly.accreditation.control.AssemblyFigures;

/**
 * {@code GET /api/statistics} (Secretariat): the current Assembly's statistics now, counts only.
 * "Registered" counts the accredited participants (see {@code AssemblyFigures}), "arrived" those
 * checked in on arrival; the same figures the page {@code secretariat/statistics.xhtml} shows and
 * the channel {@code /ws/statistics} pushes.
 */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @Inject private AssemblyStatistics statistics;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The current Assembly's figures.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AssemblyFigures")))
  public AssemblyFigures current() {
    return statistics.current();
  }
}
