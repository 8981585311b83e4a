package org.ipu.assembly.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Two corrections to EclipseLink's defaults (the persistence unit's session customizer).
 *
 * <p><b>Fail fast when the database is out of reach.</b> EclipseLink retries a failed read a few
 * times, seconds apart, holding the request's thread all along: with the database down, every
 * request would wait about ten seconds for its 503 and the HTTP threads would soon all be asleep,
 * pages included. The client, which gets "try again" with Retry-After, is the one that waits.
 *
 * <p><b>No open statement left behind by an insert.</b> For an identity column on MySQL,
 * EclipseLink 4.0.1 (Payara 6's) reads the new id with {@code getGeneratedKeys} and then leaves the
 * insert's statement open (eclipse-ee4j/eclipselink#2366): the pooled connection keeps every such
 * statement, about 2.5 KB each, two per ballot, for as long as it lives. Measured with the load
 * harness: 27,000 statements after nine votes. It asks the database for {@code LAST_INSERT_ID()}
 * instead, one more round trip per insert.
 */
public class DatabaseSessionSettings implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
    if (session.getDatasourcePlatform() instanceof DatasourcePlatform platform) {
      platform.setSupportsReturnGeneratedKeys(false);
    }
  }
}
