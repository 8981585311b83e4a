package org.ipu.assembly.web.sideevents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.sideevents.boundary.BookingDesk;
import org.ipu.assembly.sideevents.boundary.BookingRequests;
import org.ipu.assembly.sideevents.boundary.Programme;
import org.ipu.assembly.sideevents.control.EventRequest;
import org.ipu.assembly.sideevents.control.GuestNames;
import org.ipu.assembly.sideevents.control.GuestPlace;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Side events for those signed in: the programme they may see and join, their own requests
 * (organisers), the Secretariat's queue and decisions, and personal calendar feeds. Texts in the
 * client's language.
 */
@Path("side-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SideEventsResource {

  /** Side events, by time (or oldest request first, for the queue). */
  public record SideEventList(List<SideEventView> events) {}

  /** Free rooms and times that suit a request. */
  public record Suggestions(List<SideEventView.Slot> slots) {}

  /** A decision on an event as read at its version. */
  public record AtVersion(long version) {}

  /** A rejection, with the reason the organisers receive. */
  public record Rejection(long version, String reason) {}

  /**
   * A room and time for an event: proposed to its organisers (with a note) or, for an approved
   * event, moved to.
   */
  public record Placement(
      long version, long roomId, String day, String starts, String ends, String note) {}

  /**
   * A personal calendar feed.
   *
   * @param address its address, relative to the application (keep it secret)
   */
  public record Feed(String token, String address) {}

  @Inject private Programme programme;
  @Inject private BookingRequests requests;
  @Inject private BookingDesk desk;
  @Context private HttpHeaders headers;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The approved side events the caller may see, with their place on each list.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventList")))
  public SideEventList programme() {
    return new SideEventList(programme.events(locale()));
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "The side event.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView event(@PathParam("id") long eventId) {
    return programme.event(eventId, locale());
  }

  @POST
  @Path("{id}/reply")
  @APIResponse(
      responseCode = "200",
      description = "The caller's place: attending, or waiting at a place on the list.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GuestPlace")))
  public GuestPlace join(@PathParam("id") long eventId) {
    return programme.join(eventId);
  }

  @DELETE
  @Path("{id}/reply")
  @APIResponse(responseCode = "204", description = "The reply cancelled; the next waiting joins.")
  public Response leave(@PathParam("id") long eventId) {
    programme.leave(eventId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/guests")
  @APIResponse(
      responseCode = "200",
      description = "Who attends and who waits (organisers and Secretariat).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GuestNames")))
  public GuestNames guests(@PathParam("id") long eventId) {
    return programme.guests(eventId, locale());
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  @APIResponse(
      responseCode = "200",
      description = "The event as an iCalendar file.",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  public Response calendar(@PathParam("id") long eventId) {
    return Calendars.file(programme.calendar(eventId, locale()), "side-event-" + eventId);
  }

  @GET
  @Path("requests")
  @APIResponse(
      responseCode = "200",
      description = "The caller's requests and events (a focal point's parliament's).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventList")))
  public SideEventList mine() {
    return new SideEventList(requests.mine(locale()));
  }

  @POST
  @Path("requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventRequest")))
  @APIResponse(
      responseCode = "201",
      description = "The request, pending in the Secretariat's queue.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public Response request(EventRequest request) {
    SideEventView requested = requests.request(request, locale());
    return Response.status(201).entity(requested).build();
  }

  @PUT
  @Path("requests/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventRequest")))
  @APIResponse(
      responseCode = "200",
      description = "The request as changed, pending again.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView change(@PathParam("id") long eventId, EventRequest request) {
    return requests.change(eventId, request, locale());
  }

  @POST
  @Path("requests/{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AtVersion")))
  @APIResponse(
      responseCode = "200",
      description = "The request or event withdrawn.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView withdraw(@PathParam("id") long eventId, AtVersion decision) {
    return requests.withdraw(eventId, decision.version(), locale());
  }

  @POST
  @Path("requests/{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AtVersion")))
  @APIResponse(
      responseCode = "200",
      description = "The Secretariat's proposal accepted: the event approved there.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView accept(@PathParam("id") long eventId, AtVersion decision) {
    return requests.acceptProposal(eventId, decision.version(), locale());
  }

  @GET
  @Path("queue")
  @APIResponse(
      responseCode = "200",
      description = "The requests waiting for the Secretariat, oldest first.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventList")))
  public SideEventList queue() {
    return new SideEventList(desk.queue(locale()));
  }

  @GET
  @Path("{id}/impact")
  @APIResponse(
      responseCode = "200",
      description = "The pending requests that approving this one would make impossible.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventList")))
  public SideEventList impact(@PathParam("id") long eventId) {
    return new SideEventList(desk.impact(eventId, locale()));
  }

  @GET
  @Path("{id}/suggestions")
  @APIResponse(
      responseCode = "200",
      description = "Free rooms and times that suit the request, nearest first.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Suggestions")))
  public Suggestions suggestions(@PathParam("id") long eventId) {
    return new Suggestions(desk.suggestions(eventId));
  }

  @POST
  @Path("{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AtVersion")))
  @APIResponse(
      responseCode = "200",
      description = "The event approved; 409 if its room was taken meanwhile.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView approve(@PathParam("id") long eventId, AtVersion decision) {
    return desk.approve(eventId, decision.version(), locale());
  }

  @POST
  @Path("{id}/proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Placement")))
  @APIResponse(
      responseCode = "200",
      description = "Another room or time proposed to the organisers.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView propose(@PathParam("id") long eventId, Placement placement) {
    return desk.propose(
        eventId,
        placement.version(),
        placement.roomId(),
        placement.day(),
        placement.starts(),
        placement.ends(),
        placement.note(),
        locale());
  }

  @POST
  @Path("{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Rejection")))
  @APIResponse(
      responseCode = "200",
      description = "The request rejected with the reason.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView reject(@PathParam("id") long eventId, Rejection rejection) {
    return desk.reject(eventId, rejection.version(), rejection.reason(), locale());
  }

  @POST
  @Path("{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Placement")))
  @APIResponse(
      responseCode = "200",
      description = "The approved event in its new room and time.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SideEventView")))
  public SideEventView move(@PathParam("id") long eventId, Placement placement) {
    return desk.move(
        eventId,
        placement.version(),
        placement.roomId(),
        placement.day(),
        placement.starts(),
        placement.ends(),
        locale());
  }

  @POST
  @Path("feed")
  @APIResponse(
      responseCode = "200",
      description = "The caller's calendar feed (made on first asking).",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Feed")))
  public Feed feed() {
    return Calendars.feed(programme.feed());
  }

  @DELETE
  @Path("feed")
  @APIResponse(responseCode = "204", description = "The feed revoked: its address answers 404.")
  public Response revokeFeed() {
    programme.revokeFeed();
    return Response.noContent().build();
  }

  private Locale locale() {
    return Language.of(headers).locale();
  }
}
