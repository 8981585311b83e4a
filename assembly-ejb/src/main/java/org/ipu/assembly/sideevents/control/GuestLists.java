package org.ipu.assembly.sideevents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.sideevents.entity.Reply;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.GuestList;

/** Events' guest lists as the replies, in their order, make them. */
@Dependent
public class GuestLists {

  /** A reply as guest lists count it: its id (the order of arrival) and who replied. */
  public record ReplyRow(long reply, long account) {}

  @PersistenceContext private EntityManager em;

  public List<Reply> replies(SideEvent event) {
    return em.createNamedQuery(Reply.OF_EVENT, Reply.class)
        .setParameter("event", event)
        .getResultList();
  }

  public GuestList of(SideEvent event, List<Reply> replies) {
    return new GuestList(event.placesToJoin(), replies.stream().map(Reply::getId).toList());
  }

  /** The replies to many events at once, by event id, each list in the order of arrival. */
  public Map<Long, List<ReplyRow>> repliesOf(List<SideEvent> events) {
    Map<Long, List<ReplyRow>> byEvent = new HashMap<>();
    if (events.isEmpty()) {
      return byEvent;
    }
    em.createQuery(
            "SELECT r.event.id, r.id, r.account.id FROM Reply r WHERE r.event IN :events"
                + " ORDER BY r.id",
            Object[].class)
        .setParameter("events", events)
        .getResultList()
        .forEach(
            row ->
                byEvent
                    .computeIfAbsent((Long) row[0], e -> new java.util.ArrayList<>())
                    .add(new ReplyRow((Long) row[1], (Long) row[2])));
    return byEvent;
  }

  /** The account's place, or null if it did not reply. */
  public static GuestPlace placeOf(
      long eventId, GuestList list, List<ReplyRow> replies, Account account) {
    if (account == null) {
      return null;
    }
    return replies.stream()
        .filter(r -> r.account() == account.getId())
        .findFirst()
        .map(r -> list.placeOf(r.reply()))
        .map(p -> new GuestPlace(eventId, p.attending(), p.waiting()))
        .orElse(null);
  }
}
