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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.sideevents.boundary.Rooms;
import org.ipu.assembly.sideevents.control.BlockView;
import org.ipu.assembly.sideevents.control.RoomInput;
import org.ipu.assembly.sideevents.control.RoomView;
import org.ipu.assembly.sideevents.control.Venue;

/**
 * The current Assembly's venue for side events: rooms and blocked periods (the Secretariat edits
 * them; everyone signed in reads them).
 */
@Path("rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomsResource {

  /**
   * A period to block.
   *
   * @param roomId the room, or null for every room
   */
  public record Block(Long roomId, String day, String starts, String ends, String reason) {}

  @Inject private Rooms rooms;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The Assembly's days, bookable hours, rooms and blocked periods.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Venue")))
  public Venue venue() {
    return rooms.venue();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoomInput")))
  @APIResponse(
      responseCode = "201",
      description = "The room added.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoomView")))
  public Response add(RoomInput room) {
    RoomView added = rooms.save(null, room);
    return Response.status(201).entity(added).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoomInput")))
  @APIResponse(
      responseCode = "200",
      description = "The room as described now.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoomView")))
  public RoomView change(@PathParam("id") long roomId, RoomInput room) {
    return rooms.save(roomId, room);
  }

  @POST
  @Path("blocks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Block")))
  @APIResponse(
      responseCode = "201",
      description = "The period blocked.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BlockView")))
  public Response block(Block block) {
    BlockView blocked =
        rooms.block(block.roomId(), block.day(), block.starts(), block.ends(), block.reason());
    return Response.status(201).entity(blocked).build();
  }

  @DELETE
  @Path("blocks/{id}")
  @APIResponse(responseCode = "204", description = "The period is bookable again.")
  public Response unblock(@PathParam("id") long blockId) {
    rooms.unblock(blockId);
    return Response.noContent().build();
  }
}
