package org.ipu.assembly.web.sideevents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.sideevents.boundary.Programme;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The public programme of side events, without sign-in: the open approved events, each as a
 * calendar file, and personal calendar feeds by their secret address. Texts in the language of
 * {@code ?lang=} or {@code Accept-Language}.
 */
@Path("public/side-events")
@RequestScoped
public class PublicSideEventsResource {

  @Inject private Programme programme;
  @Context private HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The open approved side events, by time.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventList")))
  public SideEventsResource.SideEventList programme(@QueryParam("lang") String lang) {
    return new SideEventsResource.SideEventList(programme.events(locale(lang)));
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  @APIResponse(
      responseCode = "200",
      description = "An open event as an iCalendar file.",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  public Response calendar(@PathParam("id") long eventId, @QueryParam("lang") String lang) {
    return Calendars.file(programme.calendar(eventId, locale(lang)), "side-event-" + eventId);
  }

  @GET
  @Path("feeds/{token}.ics")
  @Produces("text/calendar")
  @APIResponse(
      responseCode = "200",
      description = "A person's feed: the events they attend, in their language.",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  public Response feed(@PathParam("token") String token) {
    return Response.ok(programme.feedCalendar(token), "text/calendar; charset=UTF-8")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private Locale locale(String lang) {
    return Language.byCode(lang).orElseGet(() -> Language.of(headers)).locale();
  }
}
