package org.ipu.assembly.sideevents.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.control.EventCalendar;
import org.ipu.assembly.sideevents.control.GuestLists;
import org.ipu.assembly.sideevents.control.GuestNames;
import org.ipu.assembly.sideevents.control.GuestPlace;
import org.ipu.assembly.sideevents.control.SideEventMail;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.sideevents.control.SideEventViews;
import org.ipu.assembly.sideevents.control.SideEvents;
import org.ipu.assembly.sideevents.control.Viewer;
import org.ipu.assembly.sideevents.entity.CalendarFeed;
import org.ipu.assembly.sideevents.entity.Reply;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.entity.SideEventState;
import org.ipu.assembly.sideevents.rules.FeedToken;
import org.ipu.assembly.sideevents.rules.GuestList;

/**
 * The programme of side events: the approved ones a reader may see (an anonymous visitor the open
 * ones; a delegation also the closed ones it organises or is invited to; the Secretariat all), in
 * the reader's language; joining, with a first-come waiting list that promotes the next person when
 * someone cancels (and tells them); and calendars: a file per event, and a personal feed of the
 * events one attends at a secret address that its owner may revoke.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Programme {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private SideEvents events;
  @Inject private SideEventViews views;
  @Inject private GuestLists guests;
  @Inject private SideEventMail mail;
  @Inject private Clock clock;

  /** The approved events the reader may see, by time. */
  @PermitAll
  public List<SideEventView> events(Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = viewer();
    return views.of(
        events.inStates(session, List.of(SideEventState.APPROVED)).stream()
            .filter(viewer::sees)
            .sorted(java.util.Comparator.comparing(e -> e.getPeriod().start()))
            .toList(),
        viewer,
        locale);
  }

  /** One event the reader may see (404 for a closed event of others). */
  @PermitAll
  public SideEventView event(long eventId, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = viewer();
    return views.of(events.visible(session, eventId, viewer), viewer, locale);
  }

  /**
   * Joins an approved event: attending while places remain, else on the waiting list. The event's
   * row lock orders the replies, so however many join at once, no more attend than there are
   * places. Joining again answers the same place.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public GuestPlace join(long eventId) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = viewer();
    SideEvent event = events.visible(session, eventId, viewer);
    requireApproved(event);
    events.lock(event);
    List<Reply> replies = new java.util.ArrayList<>(guests.replies(event));
    Reply reply =
        replies.stream()
            .filter(r -> r.getAccount().equals(viewer.account()))
            .findFirst()
            .orElseGet(
                () -> {
                  Reply added = new Reply(event, viewer.account(), Timestamps.now(clock));
                  em.persist(added);
                  em.flush();
                  replies.add(added);
                  events.changed(session.getId());
                  return added;
                });
    GuestList.Place place = guests.of(event, replies).placeOf(reply.getId());
    return new GuestPlace(eventId, place.attending(), place.waiting());
  }

  /**
   * Cancels the caller's reply: the first on the waiting list, if any, takes the place and is told
   * by mail.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public void leave(long eventId) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = viewer();
    SideEvent event = events.visible(session, eventId, viewer);
    events.lock(event);
    List<Reply> replies = guests.replies(event);
    Optional<Reply> mine =
        replies.stream().filter(r -> r.getAccount().equals(viewer.account())).findFirst();
    if (mine.isEmpty()) {
      return;
    }
    GuestList before = guests.of(event, replies);
    GuestList after = before.without(mine.get().getId());
    em.remove(mine.get());
    for (Long promoted : after.promotedSince(before)) {
      replies.stream()
          .filter(r -> r.getId().equals(promoted))
          .forEach(r -> mail.tellGuest(r.getAccount(), event, SideEventMail.PROMOTED));
    }
    events.changed(session.getId());
  }

  /** Who attends and who waits: for the event's organisers and the Secretariat only. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public GuestNames guests(long eventId, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    Viewer viewer = viewer();
    SideEvent event = events.find(session, eventId);
    if (!viewer.organises(event)) {
      throw AssemblyException.forbidden("side-events.not-organiser");
    }
    List<Reply> replies = guests.replies(event);
    GuestList list = guests.of(event, replies);
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    replies.forEach(r -> names.put(r.getId(), guestName(r.getAccount(), locale)));
    return new GuestNames(
        list.attending().stream().map(names::get).toList(),
        list.waiting().stream().map(names::get).toList());
  }

  /** The event as an iCalendar file (for whoever may see it). */
  @PermitAll
  public String calendar(long eventId, Locale locale) {
    AssemblySession session = roster.requireCurrentSession();
    SideEvent event = events.visible(session, eventId, viewer());
    requireApproved(event);
    return EventCalendar.of(List.of(event), session.getZone(), locale, clock.instant());
  }

  /** The caller's calendar feed token, made on first asking. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public String feed() {
    Account account = accounts.caller();
    CalendarFeed feed = em.find(CalendarFeed.class, account.getId());
    if (feed == null) {
      feed = new CalendarFeed(account.getId(), FeedToken.random(), Timestamps.now(clock));
      em.persist(feed);
    }
    return feed.getToken();
  }

  /** Whether the caller has a feed, and its token. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public Optional<String> existingFeed() {
    return Optional.ofNullable(em.find(CalendarFeed.class, accounts.caller().getId()))
        .map(CalendarFeed::getToken);
  }

  /** Revokes the caller's feed: its address answers 404 from now on. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public void revokeFeed() {
    CalendarFeed feed = em.find(CalendarFeed.class, accounts.caller().getId());
    if (feed != null) {
      em.remove(feed);
    }
  }

  /**
   * The feed at a token: the approved events of the current Assembly its owner attends, in the
   * owner's language. 404 {@code side-events.feed.unknown} for a revoked or unknown token.
   */
  @PermitAll
  public String feedCalendar(String token) {
    CalendarFeed feed =
        em
            .createNamedQuery(CalendarFeed.OF_TOKEN, CalendarFeed.class)
            .setParameter("token", token == null ? "" : token)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(() -> AssemblyException.notFound("side-events.feed.unknown"));
    Account owner = em.find(Account.class, feed.getAccountId());
    AssemblySession session = roster.requireCurrentSession();
    List<SideEvent> attending =
        em
            .createNamedQuery(Reply.OF_ACCOUNT, Reply.class)
            .setParameter("account", owner)
            .setParameter("session", session.getId())
            .getResultList()
            .stream()
            .map(Reply::getEvent)
            .filter(e -> e.getState() == SideEventState.APPROVED)
            .filter(e -> attends(e, owner))
            .toList();
    return EventCalendar.of(
        attending, session.getZone(), Locale.forLanguageTag(owner.getLanguage()), clock.instant());
  }

  private boolean attends(SideEvent event, Account account) {
    List<Reply> replies = guests.replies(event);
    GuestList list = guests.of(event, replies);
    return replies.stream()
        .anyMatch(r -> r.getAccount().equals(account) && list.placeOf(r.getId()).attending());
  }

  private static void requireApproved(SideEvent event) {
    if (event.getState() != SideEventState.APPROVED) {
      throw AssemblyException.conflict("side-events.not-approved");
    }
  }

  private static String guestName(Account account, Locale locale) {
    return account.getParliament() == null
        ? account.getFullName()
        : account.getFullName() + " (" + account.getParliament().name(locale) + ")";
  }

  private Viewer viewer() {
    return events.viewer(accounts.callerName());
  }
}
