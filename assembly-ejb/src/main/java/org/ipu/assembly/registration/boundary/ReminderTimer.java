package org.ipu.assembly.registration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ipu.assembly.registration.control.RegistrationReminders;
import org.ipu.assembly.roster.boundary.Roster;

/**
 * Every hour, sends the registration reminder that is due (14 and 7 days before registration
 * closes: settings) to the focal points whose delegation is not submitted. A failure is one log
 * line; the next hour tries again.
 */
@Stateless
@PermitAll
public class ReminderTimer {

  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  @Inject private Roster roster;
  @Inject private RegistrationReminders reminders;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void hourly() {
    try {
      roster
          .currentSession()
          .flatMap(reminders::sendDue)
          .ifPresent(
              sent ->
                  LOG.info(
                      () ->
                          "Registration reminder "
                              + sent.reminder()
                              + " sent to "
                              + sent.parliaments()
                              + " parliaments"));
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Registration reminders not sent this hour: {0}", failed.toString());
    }
  }
}
