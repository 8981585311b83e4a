package org.ipu.assembly.web.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures the API answers with 503 service.unavailable (try again) instead of a 500. */
class DatabaseUnavailableTest {

  @Test
  void aConnectionFailureAnywhereInTheChainIsUnavailable() {
    assertThat(
            DatabaseUnavailable.causes(
                new SQLNonTransientConnectionException("Socket fail to connect")))
        .isTrue();
    assertThat(DatabaseUnavailable.causes(new SQLTransientConnectionException("timed out")))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causes(
                new EJBException(
                    new PersistenceException(
                        new SQLRecoverableException("Communications link failure")))))
        .isTrue();
  }

  @Test
  void sqlStateClass08IsAConnectionFailure() {
    assertThat(
            DatabaseUnavailable.causes(
                new PersistenceException(new SQLException("Communications link failure", "08S01"))))
        .isTrue();
  }

  @Test
  void theConnectionPoolsOwnRefusalIsUnavailable() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: Connection could not be allocated"
                + " because: Socket fail to connect to host",
            (String) null);
    assertThat(DatabaseUnavailable.causes(new EJBException(new PersistenceException(pool))))
        .isTrue();
  }

  @Test
  void aTransactionTheManagerCouldNotEndIsUnavailable() {
    assertThat(
            DatabaseUnavailable.causes(
                new EJBException(new jakarta.transaction.SystemException("XAResource.start"))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseUnavailable.causes(new IllegalStateException("bug"))).isFalse();
    assertThat(
            DatabaseUnavailable.causes(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))
        .isFalse();
    assertThat(DatabaseUnavailable.causes(new ConnectException("not a database"))).isFalse();
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);
    assertThat(DatabaseUnavailable.causes(second)).isFalse();
  }
}
