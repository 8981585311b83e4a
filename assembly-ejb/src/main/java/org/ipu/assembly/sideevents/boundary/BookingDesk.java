package org.ipu.assembly.sideevents.boundary;

import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.control.RoomBook;
import org.ipu.assembly.sideevents.control.SideEventAudit;
import org.ipu.assembly.sideevents.control.SideEventMail;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.sideevents.control.SideEventViews;
import org.ipu.assembly.sideevents.control.SideEvents;
import org.ipu.assembly.sideevents.control.VenueTime;
import org.ipu.assembly.sideevents.control.Viewer;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.entity.SideEventState;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * The Secretariat's side of side events: the queue of requests, oldest first; approval (which first
 * shows the pending requests it would make impossible, and tells their organisers), a proposal of
 * another room or time among the free ones it suggests, rejection with a reason; the calendar of
 * every event, on which an approved event moves under the same checks. Each decision as read at the
 * event's version, audited and mailed to the organisers.
 */
@Stateless
@DeclareRoles(SECRETARIAT)
@RolesAllowed(SECRETARIAT)
public class BookingDesk {

  /** The longest reason or note. */
  public static final int MAX_MESSAGE = 2000;

  /** How many free rooms and times a suggestion lists. */
  public static final int SUGGESTIONS = 6;

  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private SideEvents events;
  @Inject private RoomBook book;
  @Inject private SideEventViews views;
  @Inject private SideEventMail mail;
  @Inject private Clock clock;

  /**
   * The requests waiting for a decision (or for the organisers to accept a proposal), oldest first.
   */
  public List<SideEventView> queue(Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    return views.of(
        events.inStates(session, List.of(SideEventState.PENDING, SideEventState.PROPOSED)),
        viewer(),
        locale);
  }

  /** Every event of the Assembly, by time (the calendar shows the approved and the pending). */
  public List<SideEventView> all(Locale locale) {
    return views.of(events.all(roster.requireCurrentSession()), viewer(), locale);
  }

  /**
   * The pending requests that approving this one would make impossible (same room, overlapping).
   */
  public List<SideEventView> impact(long eventId, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    return views.of(displaced(session, events.find(session, eventId)), viewer(), locale);
  }

  /** Free rooms and times that suit the request (size, booths, equipment), nearest first. */
  public List<SideEventView.Slot> suggestions(long eventId) {
    AssemblySession session = roster.requireCurrentSession();
    SideEvent event = events.find(session, eventId);
    return book.suggestions(session, event, SUGGESTIONS).stream()
        .map(
            s ->
                new SideEventView.Slot(
                    s.roomId(),
                    s.roomName(),
                    VenueTime.day(s.period().start()),
                    VenueTime.time(s.period().start()),
                    VenueTime.time(s.period().end())))
        .toList();
  }

  /**
   * Approves the request as asked: it takes its room's slots (refused, 409, if another event holds
   * them, even one approved a moment ago from another screen). The organisers of the pending
   * requests it makes impossible are told.
   */
  public SideEventView approve(long eventId, long version, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    SideEvent event = decidable(session, eventId, version);
    book.hold(event);
    event.approve(accounts.callerName(), Timestamps.now(clock));
    mail.tellOrganisers(event, SideEventMail.APPROVED);
    for (SideEvent other : displaced(session, event)) {
      mail.tellOrganisers(other, SideEventMail.DISPLACED);
    }
    events.changed(event, SideEventAudit.APPROVED, SideEvents.placed(event));
    return views.of(event, viewer(), locale);
  }

  /** Proposes another room or time (which must be free and suit the request), with a note. */
  public SideEventView propose(
      long eventId,
      long version,
      long roomId,
      String day,
      String starts,
      String ends,
      String note,
      Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    SideEvent event = decidable(session, eventId, version);
    String words = words(note, false);
    Room room = book.room(session, roomId);
    Period period = VenueTime.period(day, starts, ends);
    book.requireBookable(session, room, event.booking().at(period), event.getId());
    event.propose(room, period, words, accounts.callerName(), Timestamps.now(clock));
    mail.tellOrganisers(event, SideEventMail.PROPOSED);
    events.changed(
        event,
        SideEventAudit.PROPOSED,
        new SideEventAudit.Decided(
            words, SideEventAudit.placed(SideEventViews.slot(room, period))));
    return views.of(event, viewer(), locale);
  }

  /** Rejects the request with the reason (required), which the organisers receive. */
  public SideEventView reject(long eventId, long version, String reason, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    String words = words(reason, true);
    SideEvent event = decidable(session, eventId, version);
    event.reject(words, accounts.callerName(), Timestamps.now(clock));
    mail.tellOrganisers(event, SideEventMail.REJECTED);
    events.changed(
        event,
        SideEventAudit.REJECTED,
        new SideEventAudit.Decided(words, SideEvents.placed(event)));
    return views.of(event, viewer(), locale);
  }

  /**
   * Moves an approved event to another room or time (the calendar), under the same checks; its
   * calendars see a new sequence, its organisers are told.
   */
  public SideEventView move(
      long eventId,
      long version,
      long roomId,
      String day,
      String starts,
      String ends,
      Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    SideEvent event = events.lock(session, eventId, version);
    if (event.getState() != SideEventState.APPROVED) {
      throw AssemblyException.conflict("side-events.not-approved");
    }
    Room room = book.room(session, roomId);
    Period period = VenueTime.period(day, starts, ends);
    book.lock(event.getRoom(), room);
    book.release(event);
    event.move(room, period);
    book.hold(event);
    mail.tellOrganisers(event, SideEventMail.MOVED);
    events.changed(event, SideEventAudit.MOVED, SideEvents.placed(event));
    return views.of(event, viewer(), locale);
  }

  private SideEvent decidable(AssemblySession session, long eventId, long version) {
    SideEvent event = events.lock(session, eventId, version);
    if (!event.getState().changeable()) {
      throw AssemblyException.conflict("side-events.decided", event.getState());
    }
    return event;
  }

  private List<SideEvent> displaced(AssemblySession session, SideEvent event) {
    return events
        .inStates(session, List.of(SideEventState.PENDING, SideEventState.PROPOSED))
        .stream()
        .filter(
            o ->
                !o.equals(event)
                    && o.getRoom().equals(event.getRoom())
                    && o.getPeriod().overlaps(event.getPeriod()))
        .toList();
  }

  private static String words(String given, boolean required) {
    String words = given == null ? "" : given.strip();
    if (required && words.isEmpty()
        || words.length() > MAX_MESSAGE
        || !PlainText.isPlain(words.replaceAll("\\R", " "))) {
      throw AssemblyException.invalid("side-events.message.invalid", MAX_MESSAGE);
    }
    return words;
  }

  private Viewer viewer() {
    return new Viewer(accounts.caller());
  }
}
