package org.ipu.assembly.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.accreditation.boundary.CheckInDesk;
import org.ipu.assembly.accreditation.control.CheckInAnswer;
import org.ipu.assembly.accreditation.control.DeskPerson;
import org.ipu.assembly.accreditation.control.DeskRoster;
import org.ipu.assembly.accreditation.control.DeskScan;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The check-in desks (Secretariat): a scan or a choice by name checks a participant in; the roster
 * lets a desk go on offline; a search finds participants by name. Delegations are named in the
 * client's language.
 */
@Path("check-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

  /** Who a search by name found (at most {@value CheckIns#SEARCH_LIMIT}). */
  public record DeskSearch(List<DeskPerson> people) {}

  @Inject private CheckInDesk desk;
  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeskScan")))
  @APIResponse(
      responseCode = "200",
      description = "Who was scanned and what happened (checked in, already, revoked, unknown).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CheckInAnswer")))
  public CheckInAnswer scan(DeskScan scan) {
    return desk.scan(scan, Language.of(headers).locale());
  }

  @GET
  @Path("roster")
  @APIResponse(
      responseCode = "200",
      description = "Every badge holder, every badge code and today's check-ins.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeskRoster")))
  public DeskRoster roster() {
    return desk.roster(Language.of(headers).locale());
  }

  @GET
  @Path("search")
  @APIResponse(
      responseCode = "200",
      description = "The badge holders whose names start with the text.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeskSearch")))
  public DeskSearch search(@QueryParam("q") String text) {
    return new DeskSearch(desk.search(text, Language.of(headers).locale()));
  }
}
