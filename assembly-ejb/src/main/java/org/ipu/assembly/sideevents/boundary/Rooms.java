package org.ipu.assembly.sideevents.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.control.BlockView;
import org.ipu.assembly.sideevents.control.EventRequests;
import org.ipu.assembly.sideevents.control.RoomBook;
import org.ipu.assembly.sideevents.control.RoomInput;
import org.ipu.assembly.sideevents.control.RoomView;
import org.ipu.assembly.sideevents.control.SideEvents;
import org.ipu.assembly.sideevents.control.Venue;
import org.ipu.assembly.sideevents.control.VenueTime;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.RoomBlock;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.BookingHours;
import org.ipu.assembly.sideevents.rules.Equipment;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * The current Assembly's venue for side events: its rooms (name, capacity, equipment, booths,
 * step-free access) and the periods they cannot be booked, which the Secretariat edits; everyone
 * signed in reads them to ask for a room.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Rooms {

  public static final int MAX_NAME = 80;
  public static final int MAX_REASON = 200;
  public static final int MAX_BOOTHS = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private RoomBook book;
  @Inject private SideEvents events;

  /** The rooms, blocked periods, days and bookable hours of the current Assembly. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public Venue venue() {
    AssemblySession session = roster.requireCurrentSession();
    BookingHours hours = book.hours(session);
    return new Venue(
        hours.days().stream().map(Object::toString).toList(),
        hours.opens().toString(),
        hours.closes().toString(),
        hours.slotMinutes(),
        session.getZone().getId(),
        book.rooms(session).stream().map(Rooms::view).toList(),
        book.blocks(session).stream().map(Rooms::view).toList(),
        java.util.Arrays.stream(Equipment.values()).map(Enum::name).toList(),
        EventRequests.LANGUAGES);
  }

  /** Adds a room ({@code roomId} null) or describes one anew, as read at its version. */
  @RolesAllowed(SECRETARIAT)
  public RoomView save(Long roomId, RoomInput input) {
    AssemblySession session = roster.requireCurrentSession();
    String name = input.name() == null ? "" : input.name().strip();
    List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
    if (name.isEmpty() || name.length() > MAX_NAME || !PlainText.isPlain(name)) {
      problems.add(
          new InvalidRequest.FieldProblem("name", "rooms.name.invalid", List.of(MAX_NAME)));
    }
    if (input.capacity() < 1 || input.capacity() > EventRequests.MAX_ATTENDANCE) {
      problems.add(
          new InvalidRequest.FieldProblem(
              "capacity", "rooms.capacity.invalid", List.of(EventRequests.MAX_ATTENDANCE)));
    }
    if (input.booths() < 0 || input.booths() > MAX_BOOTHS) {
      problems.add(
          new InvalidRequest.FieldProblem("booths", "rooms.booths.invalid", List.of(MAX_BOOTHS)));
    }
    Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    for (String e : input.equipment() == null ? List.<String>of() : input.equipment()) {
      try {
        equipment.add(Equipment.valueOf(String.valueOf(e)));
      } catch (IllegalArgumentException unknown) {
        problems.add(
            new InvalidRequest.FieldProblem(
                "equipment", "side-events.equipment.unknown", List.of(String.valueOf(e))));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    boolean taken =
        book.rooms(session).stream()
            .anyMatch(r -> r.getName().equalsIgnoreCase(name) && !r.getId().equals(roomId));
    if (taken) {
      throw AssemblyException.conflict("rooms.name.taken", name);
    }
    Room room;
    if (roomId == null) {
      room = new Room(session, name);
      room.describe(name, input.capacity(), equipment, input.booths(), input.stepFree());
      em.persist(room);
      em.flush();
    } else {
      room = book.room(session, roomId);
      if (input.version() == null || input.version() != room.getVersion()) {
        throw AssemblyException.conflict("rooms.changed", room.getName());
      }
      room.describe(name, input.capacity(), equipment, input.booths(), input.stepFree());
      em.flush();
    }
    events.changed(session.getId());
    return view(room);
  }

  /**
   * Blocks a period for a room ({@code roomId} null: every room). Refused where an approved event
   * already holds it: move that event first.
   */
  @RolesAllowed(SECRETARIAT)
  public BlockView block(Long roomId, String day, String starts, String ends, String reason) {
    AssemblySession session = roster.requireCurrentSession();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON || !PlainText.isPlain(why)) {
      throw AssemblyException.invalid("rooms.block.reason", MAX_REASON);
    }
    Period period = VenueTime.period(day, starts, ends);
    if (period.isEmpty()) {
      throw AssemblyException.invalid("side-events.period.empty");
    }
    Room room = roomId == null ? null : book.room(session, roomId);
    for (SideEvent event : book.approved(session)) {
      if ((room == null || event.getRoom().equals(room)) && event.getPeriod().overlaps(period)) {
        throw AssemblyException.conflict(
            "rooms.block.event",
            event.getTexts().get(0).getTitle(),
            event.getRoom().getName(),
            VenueTime.time(event.getPeriod().start()),
            VenueTime.time(event.getPeriod().end()));
      }
    }
    RoomBlock block = new RoomBlock(session, room, period, why);
    em.persist(block);
    em.flush();
    events.changed(session.getId());
    return view(block);
  }

  @RolesAllowed(SECRETARIAT)
  public void unblock(long blockId) {
    AssemblySession session = roster.requireCurrentSession();
    RoomBlock block = em.find(RoomBlock.class, blockId);
    if (block == null || !block.getSession().getId().equals(session.getId())) {
      throw AssemblyException.notFound("rooms.block.unknown", blockId);
    }
    em.remove(block);
    events.changed(session.getId());
  }

  static RoomView view(Room r) {
    return new RoomView(
        r.getId(),
        r.getVersion(),
        r.getName(),
        r.getCapacity(),
        r.getEquipment().stream().map(Enum::name).toList(),
        r.getBooths(),
        r.isStepFree());
  }

  static BlockView view(RoomBlock b) {
    return new BlockView(
        b.getId(),
        b.getRoom() == null ? null : b.getRoom().getId(),
        b.getRoom() == null ? null : b.getRoom().getName(),
        VenueTime.day(b.getPeriod().start()),
        VenueTime.time(b.getPeriod().start()),
        VenueTime.time(b.getPeriod().end()),
        b.getReason());
  }
}
