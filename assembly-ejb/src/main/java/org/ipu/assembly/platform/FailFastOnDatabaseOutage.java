package org.ipu.assembly.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * When the database is out of reach, a read fails at once instead of being retried after a
 * pause. EclipseLink's default retries a failed read a few times, seconds apart, holding the
 * request's thread all along: with the database down, every request then waits about ten seconds
 * for its 503 and the few HTTP threads are soon all asleep, pages included. The client, which
 * gets "try again" with Retry-After, is the one that waits.
 */
public class FailFastOnDatabaseOutage implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
  }
}
