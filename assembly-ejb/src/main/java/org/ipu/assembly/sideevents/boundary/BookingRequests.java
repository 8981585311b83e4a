package org.ipu.assembly.sideevents.boundary;

import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.control.EventRequest;
import org.ipu.assembly.sideevents.control.EventRequests;
import org.ipu.assembly.sideevents.control.ParliamentName;
import org.ipu.assembly.sideevents.control.RoomBook;
import org.ipu.assembly.sideevents.control.SideEventAudit;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.sideevents.control.SideEventViews;
import org.ipu.assembly.sideevents.control.SideEvents;
import org.ipu.assembly.sideevents.control.Viewer;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.entity.SideEventState;

/**
 * Booking requests by their organisers: a parliament's focal points for their parliament (which
 * always organises what it asks for), a Secretariat officer for the Secretariat's units. They ask,
 * change and withdraw their own requests, and accept a room or time the Secretariat proposed.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT})
@RolesAllowed({SECRETARIAT, FOCAL_POINT})
public class BookingRequests {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private SideEvents events;
  @Inject private EventRequests requests;
  @Inject private RoomBook book;
  @Inject private SideEventViews views;
  @Inject private Clock clock;

  /**
   * The caller's requests and events, by time: a focal point's parliament's, the Secretariat's
   * officer's own.
   */
  public List<SideEventView> mine(Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = new Viewer(accounts.caller());
    List<SideEvent> own =
        events.all(session).stream()
            .filter(
                e ->
                    viewer.secretariat()
                        ? e.getParliament() == null
                            && e.getRequestedBy().equals(viewer.account().getUsername())
                        : viewer.organises(e))
            .toList();
    return views.of(own, viewer, locale);
  }

  /** The parliaments of the current Assembly, by name in the language: organisers and guests. */
  public List<ParliamentName> parliaments(Locale locale) {
    java.text.Collator order = java.text.Collator.getInstance(locale);
    return roster.memberships(roster.requireCurrentSession()).stream()
        .map(m -> new ParliamentName(m.getParliament().getId(), m.getParliament().name(locale)))
        .sorted(java.util.Comparator.comparing(ParliamentName::name, order))
        .toList();
  }

  /**
   * Asks for a room at a time: refused with every problem, or pending in the Secretariat's queue.
   */
  public SideEventView request(EventRequest request, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = new Viewer(accounts.caller());
    SideEvent event =
        new SideEvent(
            session,
            viewer.secretariat() ? null : viewer.account().getParliament(),
            viewer.account().getUsername(),
            Timestamps.now(clock));
    requests.describe(event, session, event.getParliament(), request);
    em.persist(event);
    events.changed(event, SideEventAudit.REQUESTED, SideEvents.placed(event));
    return views.of(event, viewer, locale);
  }

  /** Changes a pending request (or one with a proposal), as read at its version: pending again. */
  public SideEventView change(long eventId, EventRequest request, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = new Viewer(accounts.caller());
    SideEvent event = own(session, eventId, request.version(), viewer);
    if (!event.getState().changeable()) {
      throw AssemblyException.conflict("side-events.not-changeable", event.getState());
    }
    requests.describe(event, session, event.getParliament(), request);
    events.changed(event, SideEventAudit.CHANGED, SideEvents.placed(event));
    return views.of(event, viewer, locale);
  }

  /** Withdraws a request or an approved event (its room is free again). */
  public SideEventView withdraw(long eventId, long version, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = new Viewer(accounts.caller());
    SideEvent event = own(session, eventId, version, viewer);
    if (event.getState() == SideEventState.REJECTED
        || event.getState() == SideEventState.WITHDRAWN) {
      throw AssemblyException.conflict("side-events.not-changeable", event.getState());
    }
    if (event.getState() == SideEventState.APPROVED) {
      book.release(event);
    }
    event.withdraw();
    events.changed(event, SideEventAudit.WITHDRAWN, SideEvents.placed(event));
    return views.of(event, viewer, locale);
  }

  /** Accepts the room and time the Secretariat proposed: approved, if still free. */
  public SideEventView acceptProposal(long eventId, long version, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = new Viewer(accounts.caller());
    SideEvent event = own(session, eventId, version, viewer);
    if (event.getState() != SideEventState.PROPOSED) {
      throw AssemblyException.conflict("side-events.no-proposal");
    }
    event.takeProposal();
    book.hold(event);
    event.approve(viewer.account().getUsername(), Timestamps.now(clock));
    events.changed(event, SideEventAudit.APPROVED, SideEvents.placed(event));
    return views.of(event, viewer, locale);
  }

  private SideEvent own(AssemblySession session, long eventId, Long version, Viewer viewer) {
    SideEvent event = events.find(session, eventId);
    if (!viewer.organises(event)) {
      throw AssemblyException.forbidden("side-events.not-organiser");
    }
    return events.lock(session, eventId, version);
  }
}
