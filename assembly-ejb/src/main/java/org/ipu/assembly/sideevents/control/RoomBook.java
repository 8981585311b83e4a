package org.ipu.assembly.sideevents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.RoomBlock;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.Booking;
import org.ipu.assembly.sideevents.rules.BookingCheck;
import org.ipu.assembly.sideevents.rules.BookingHours;
import org.ipu.assembly.sideevents.rules.BookingProblem;
import org.ipu.assembly.sideevents.rules.FreeSlots;
import org.ipu.assembly.sideevents.rules.Occupation;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * An Assembly's rooms as the booking rules see them, and the slots approved events hold. Holding a
 * room locks its row first, so that approvals in one room queue up and each sees the one before;
 * the slots' primary key then refuses any overlap whatever path wrote it.
 */
@Dependent
public class RoomBook {

  /** The grid of times events start and end on, and of the slots they hold: a quarter hour. */
  public static final int SLOT_MINUTES = 15;

  @PersistenceContext private EntityManager em;
  @Inject private AssemblySettings settings;

  public List<Room> rooms(AssemblySession session) {
    return em.createNamedQuery(Room.OF_SESSION, Room.class)
        .setParameter("session", session.getId())
        .getResultList();
  }

  /** The room of this Assembly, or 404 {@code side-events.room.unknown}. */
  public Room room(AssemblySession session, long roomId) {
    Room room = em.find(Room.class, roomId);
    if (room == null || !room.getSession().getId().equals(session.getId())) {
      throw AssemblyException.notFound("side-events.room.unknown", roomId);
    }
    return room;
  }

  public BookingHours hours(AssemblySession session) {
    SettingValues values = settings.values(session.getId());
    return new BookingHours(
        session.getOpensOn(),
        session.getClosesOn(),
        LocalTime.of(values.get(Setting.SIDE_EVENTS_DAY_STARTS), 0),
        LocalTime.of(values.get(Setting.SIDE_EVENTS_DAY_ENDS), 0),
        SLOT_MINUTES);
  }

  public List<RoomBlock> blocks(AssemblySession session) {
    return em.createNamedQuery(RoomBlock.OF_SESSION, RoomBlock.class)
        .setParameter("session", session.getId())
        .getResultList();
  }

  public List<SideEvent> approved(AssemblySession session) {
    return em.createNamedQuery(SideEvent.APPROVED_IN, SideEvent.class)
        .setParameter("session", session.getId())
        .getResultList();
  }

  /** Every block and approved event of the Assembly. */
  public List<Occupation> occupations(AssemblySession session) {
    List<Occupation> all = new ArrayList<>();
    blocks(session).forEach(b -> all.add(b.occupation()));
    approved(session).forEach(e -> all.add(e.occupation()));
    return all;
  }

  /** What keeps the room from taking the booking ({@code except}: the event itself). */
  public List<BookingProblem> problems(
      AssemblySession session, Room room, Booking booking, Long except) {
    return BookingCheck.problems(
        booking, room.facts(), hours(session), occupations(session), except);
  }

  /** Refuses with every problem: 409 when the room is only taken, 400 otherwise. */
  public void requireBookable(AssemblySession session, Room room, Booking booking, Long except) {
    List<BookingProblem> problems = problems(session, room, booking, except);
    if (problems.isEmpty()) {
      return;
    }
    if (problems.stream().allMatch(p -> p.code().equals(BookingProblem.TAKEN))) {
      throw AssemblyException.conflict(BookingProblem.TAKEN, problems.get(0).values().toArray());
    }
    throw new InvalidRequest(
        problems.stream()
            .map(p -> new InvalidRequest.FieldProblem("slot", p.code(), p.values()))
            .toList());
  }

  public List<FreeSlots.Suggestion> suggestions(
      AssemblySession session, SideEvent event, int limit) {
    return FreeSlots.suggest(
        event.booking(),
        event.getRoom().getId(),
        rooms(session).stream().map(Room::facts).toList(),
        hours(session),
        occupations(session),
        event.getId(),
        limit);
  }

  /**
   * The approved event takes its room's slots, after locking the room and checking again under the
   * lock. Two approvals of overlapping events in one room: the second waits for the first, then is
   * refused (409 {@code side-events.room.taken}).
   */
  public void hold(SideEvent event) {
    Room room = em.find(Room.class, event.getRoom().getId(), LockModeType.PESSIMISTIC_WRITE);
    requireBookable(event.getSession(), room, event.booking(), event.getId());
    insertSlots(event, room, event.getPeriod());
  }

  /** The event gives its slots back (moved, or no longer approved). */
  public void release(SideEvent event) {
    em.createNativeQuery("DELETE FROM room_slot WHERE event_id = ?")
        .setParameter(1, event.getId())
        .executeUpdate();
  }

  /** Locks the rooms in id order (no deadlock between two moves crossing each other). */
  public void lock(Room... rooms) {
    java.util.Arrays.stream(rooms)
        .map(Room::getId)
        .distinct()
        .sorted()
        .forEach(id -> em.find(Room.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  private void insertSlots(SideEvent event, Room room, Period period) {
    List<LocalDateTime> slots = period.slots(SLOT_MINUTES);
    StringBuilder sql =
        new StringBuilder("INSERT INTO room_slot (room_id, starts_at, event_id) VALUES ");
    for (int i = 0; i < slots.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
    }
    var insert = em.createNativeQuery(sql.toString());
    int p = 1;
    for (LocalDateTime slot : slots) {
      insert.setParameter(p++, room.getId());
      insert.setParameter(p++, slot);
      insert.setParameter(p++, event.getId());
    }
    try {
      insert.executeUpdate();
    } catch (PersistenceException duplicate) {
      // The primary key refused a slot another event holds: what the lock should have prevented.
      throw AssemblyException.conflict(
          BookingProblem.TAKEN,
          room.getName(),
          "",
          VenueTime.time(period.start()),
          VenueTime.time(period.end()));
    }
  }
}
