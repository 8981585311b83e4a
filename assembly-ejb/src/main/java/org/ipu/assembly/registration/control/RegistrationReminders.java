package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.registration.rules.RegistrationWindow;
import org.ipu.assembly.registration.rules.Reminders;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Reminds the focal points of every parliament of the current Assembly whose delegation is not
 * submitted (not started, a draft, or returned) that registration closes soon: each reminder once
 * per parliament (a row per reminder sent; when several servers run the timer, the first one to
 * write the row mails).
 */
@Dependent
public class RegistrationReminders {

  /** The reminder sent now, and to how many parliaments. */
  public record Sent(int reminder, int parliaments) {}

  @PersistenceContext private EntityManager em;
  @Inject private Delegations delegations;
  @Inject private RegistrationMail mail;
  @Inject private Clock clock;

  /** Sends the reminder due now, if one is, to the parliaments not reminded of it yet. */
  public Optional<Sent> sendDue(AssemblySession session) {
    SettingValues values = delegations.settings(session);
    RegistrationWindow window = RegistrationSettings.window(session, values);
    Optional<Integer> due =
        new Reminders(
                values.get(Setting.REGISTRATION_FIRST_REMINDER),
                values.get(Setting.REGISTRATION_SECOND_REMINDER))
            .due(clock.instant(), window);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    int reminder = due.get();
    List<Parliament> reminded = new ArrayList<>();
    for (Object id : notSubmitted(session)) {
      long parliamentId = ((Number) id).longValue();
      if (record(session, parliamentId, reminder)) {
        if (reminder == 2) {
          record(session, parliamentId, 1);
        }
        reminded.add(em.find(Parliament.class, parliamentId));
      }
    }
    Date closes = Date.from(window.closes());
    reminded.forEach(
        parliament -> mail.tellFocalPoints(parliament, session, RegistrationMail.REMINDER, closes));
    return Optional.of(new Sent(reminder, reminded.size()));
  }

  private List<?> notSubmitted(AssemblySession session) {
    return em.createNativeQuery(
            "SELECT m.parliament_id FROM membership m LEFT JOIN delegation d"
                + " ON d.session_id = m.session_id AND d.parliament_id = m.parliament_id"
                + " WHERE m.session_id = ? AND (d.id IS NULL OR d.state IN ('DRAFT', 'RETURNED'))"
                + " ORDER BY m.parliament_id")
        .setParameter(1, session.getId())
        .getResultList();
  }

  /** Writes that the reminder went out; false if it already had. */
  private boolean record(AssemblySession session, long parliamentId, int reminder) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO registration_reminder"
                    + " (session_id, parliament_id, reminder, sent_at) VALUES (?, ?, ?, ?)")
            .setParameter(1, session.getId())
            .setParameter(2, parliamentId)
            .setParameter(3, reminder)
            .setParameter(4, Timestamp.from(clock.instant()))
            .executeUpdate()
        == 1;
  }
}
