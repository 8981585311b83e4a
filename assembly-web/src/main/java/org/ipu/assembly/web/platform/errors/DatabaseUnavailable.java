package org.ipu.assembly.web.platform.errors;

import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, its connections
 * lost, or the pool has none to give) from any other: the request did not happen, or its outcome is
 * unknown, and the client should send it again later (with the same idempotency key, for a ballot).
 * Walks the whole cause chain, where EJB, JPA and the connection pool each wrap the driver's
 * exception.
 */
public final class DatabaseUnavailable {

  /** What the client is told to wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 2;

  /**
   * Messages of the connection pool's own exceptions, which do not always keep the driver's cause.
   */
  private static final Set<String> POOL_MESSAGES =
      Set.of("Error in allocating a connection", "Connection could not be allocated");

  private DatabaseUnavailable() {}

  public static boolean causes(Throwable thrown) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = thrown; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (isConnectionFailure(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable t) {
    // The transaction manager could not start or end the transaction with the database (its
    // connection failed mid-way, often without a cause attached): the outcome is unknown.
    if (t instanceof SystemException) {
      return true;
    }
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException) {
      return true;
    }
    // SQLSTATE class 08: connection exception (the MySQL driver's communications failures are
    // 08S01).
    if (t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08")) {
      return true;
    }
    String type = t.getClass().getName();
    if (type.equals("com.mysql.cj.exceptions.CJCommunicationsException")
        || type.equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")) {
      return true;
    }
    String message = t.getMessage();
    return message != null && POOL_MESSAGES.stream().anyMatch(message::contains);
  }
}
