package org.ipu.assembly.sideevents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.mail.Letter;
import org.ipu.assembly.platform.mail.MailTemplate;
import org.ipu.assembly.platform.mail.Outbox;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * Tells an event's organisers (the focal points of the parliament that asked, or the Secretariat
 * officer who did) what the Secretariat decided, and a guest that a place freed for them; each in
 * their language, posted in the caller's transaction (sent once it commits). Values: {0} the
 * person's name, {1} the event's title in their language, {2} the room, {3} the day, {4} and {5}
 * the times, {6} the Secretariat's reason or note.
 */
@Dependent
public class SideEventMail {

  static final String BUNDLE = "org.ipu.assembly.sideevents.control.mail";
  public static final MailTemplate APPROVED = new MailTemplate(BUNDLE, "approved");
  public static final MailTemplate REJECTED = new MailTemplate(BUNDLE, "rejected");
  public static final MailTemplate PROPOSED = new MailTemplate(BUNDLE, "proposed");
  public static final MailTemplate DISPLACED = new MailTemplate(BUNDLE, "displaced");
  public static final MailTemplate MOVED = new MailTemplate(BUNDLE, "moved");
  public static final MailTemplate PROMOTED = new MailTemplate(BUNDLE, "promoted");

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;

  /** Tells the organisers, about the event's room and time (or the proposed ones). */
  public void tellOrganisers(SideEvent event, MailTemplate template) {
    boolean proposal = event.getProposedRoom() != null;
    Room room = proposal ? event.getProposedRoom() : event.getRoom();
    Period period = proposal ? event.getProposedPeriod() : event.getPeriod();
    organisers(event).forEach(a -> post(a, event, template, room, period));
  }

  public void tellGuest(Account guest, SideEvent event, MailTemplate template) {
    post(guest, event, template, event.getRoom(), event.getPeriod());
  }

  private void post(Account to, SideEvent event, MailTemplate template, Room room, Period period) {
    if (to.getEmail() == null || !to.isActive()) {
      return;
    }
    outbox.post(
        Letter.to(
            to.getEmail(),
            to.getLanguage(),
            template,
            to.getFullName(),
            event.text(Locale.forLanguageTag(to.getLanguage())).getTitle(),
            room.getName(),
            VenueTime.day(period.start()),
            VenueTime.time(period.start()),
            VenueTime.time(period.end()),
            event.getMessage() == null ? "" : event.getMessage()));
  }

  private List<Account> organisers(SideEvent event) {
    if (event.getParliament() == null) {
      return em.createNamedQuery(Account.BY_USERNAME, Account.class)
          .setParameter("username", event.getRequestedBy())
          .getResultList();
    }
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.parliament = :parliament AND a.role = :role"
                + " ORDER BY a.id",
            Account.class)
        .setParameter("parliament", event.getParliament())
        .setParameter("role", Role.FOCAL_POINT)
        .getResultList();
  }
}
