package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class DatabaseSessionSettingsTest {

  @Test
  void readsFailAtOnceAndInsertsLeaveNoStatementOpen() {
    DatabaseLogin login = new DatabaseLogin(new MySQLPlatform());
    DatabaseSession session = new Project(login).createDatabaseSession();
    DatasourcePlatform platform = (DatasourcePlatform) session.getDatasourcePlatform();
    assertThat(platform.supportsReturnGeneratedKeys())
        .as("EclipseLink's default for MySQL, which leaves the insert's statement open")
        .isTrue();

    new DatabaseSessionSettings().customize(session);

    assertThat(login.getQueryRetryAttemptCount()).isZero();
    assertThat(platform.supportsReturnGeneratedKeys()).isFalse();
  }
}
