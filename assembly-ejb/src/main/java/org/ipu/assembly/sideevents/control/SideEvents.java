package org.ipu.assembly.sideevents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.platform.push.ChannelChanged;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.entity.SideEventState;

/**
 * Finding side events and the person acting, and what every change ends with: the audit entry and
 * the live channel's notice.
 */
@Dependent
public class SideEvents {

  /** The side events' live channel, {@code /ws/side-events}; its subject is the Assembly. */
  public static final String CHANNEL = "side-events";

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail trail;
  @Inject private Event<ChannelChanged> changed;

  /** The signed-in person by user name, or {@link Viewer#ANONYMOUS}. */
  public Viewer viewer(String username) {
    return em
        .createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst()
        .map(Viewer::new)
        .orElse(Viewer.ANONYMOUS);
  }

  /** The event of the Assembly, or 404 {@code side-events.unknown}. */
  public SideEvent find(AssemblySession session, long id) {
    SideEvent event = em.find(SideEvent.class, id);
    if (event == null || !event.getSession().getId().equals(session.getId())) {
      throw AssemblyException.notFound("side-events.unknown", id);
    }
    return event;
  }

  /** The event locked for a change, as read at {@code version}. */
  public SideEvent lock(AssemblySession session, long id, Long version) {
    SideEvent event = lock(find(session, id));
    EventRequests.requireVersion(event, version);
    return event;
  }

  /** The event's row locked (replies queue up behind it), read anew. */
  public SideEvent lock(SideEvent event) {
    em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
    return event;
  }

  /** The event as a viewer may see it, else 404 (a closed event is not there for others). */
  public SideEvent visible(AssemblySession session, long id, Viewer viewer) {
    SideEvent event = find(session, id);
    if (!viewer.sees(event)
        || event.getState() != SideEventState.APPROVED && !viewer.organises(event)) {
      throw AssemblyException.notFound("side-events.unknown", id);
    }
    return event;
  }

  public List<SideEvent> inStates(AssemblySession session, List<SideEventState> states) {
    return em.createNamedQuery(SideEvent.QUEUE, SideEvent.class)
        .setParameter("session", session.getId())
        .setParameter("states", states)
        .getResultList();
  }

  public List<SideEvent> all(AssemblySession session) {
    return em.createNamedQuery(SideEvent.OF_SESSION, SideEvent.class)
        .setParameter("session", session.getId())
        .getResultList();
  }

  /** Audits the change on the event's chain and tells the live screens once it commits. */
  public <P extends Record> void changed(SideEvent event, AuditKind<P> kind, P payload) {
    em.flush();
    trail.append(SideEventAudit.subject(event.getId()), kind, payload);
    changed(event.getSession().getId());
  }

  /**
   * Tells the live screens, once the transaction commits, that the Assembly's side events changed
   * (a frame carries nothing more: screens read again what they may see).
   */
  public void changed(long sessionId) {
    changed.fire(new ChannelChanged(CHANNEL, sessionId, false));
  }

  /** Where the event is now, for the audit. */
  public static SideEventAudit.Placed placed(SideEvent event) {
    return SideEventAudit.placed(SideEventViews.slot(event.getRoom(), event.getPeriod()));
  }
}
