package org.ipu.assembly.it;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Past Assemblies of a test's own, with delegations and participants, written to the test database
 * directly: the API only ever registers for the current Assembly. Each has a number no other test
 * uses and is never current.
 */
final class PastAssemblies {

  /** A past Assembly: its id and number, and the day it closed. */
  record Past(long id, int number, LocalDate closedOn) {}

  private PastAssemblies() {}

  /** A past Assembly that closed {@code days} days ago (UTC), after meeting for five days. */
  static Past closedDaysAgo(int days) throws Exception {
    LocalDate closes = LocalDate.now(ZoneOffset.UTC).minusDays(days);
    for (int attempt = 0; ; attempt++) {
      int number = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
      try {
        long id =
            insert(
                "INSERT INTO assembly_session (number, city, country_code, opens_on, closes_on,"
                    + " is_current) VALUES (?, 'Geneva', 'CH', ?, ?, FALSE)",
                number,
                Date.valueOf(closes.minusDays(4)),
                Date.valueOf(closes));
        return new Past(id, number, closes);
      } catch (SQLIntegrityConstraintViolationException taken) {
        if (attempt == 5) {
          throw taken;
        }
      }
    }
  }

  /**
   * The parliament's delegation to the Assembly, in the state given: approved with the composition
   * the Secretariat approved, or returned with a comment naming a person.
   */
  static long delegation(Past assembly, long parliamentId, String state) throws Exception {
    boolean approved = state.equals("APPROVED");
    return insert(
        "INSERT INTO delegation (session_id, parliament_id, state, return_comment, submitted_at,"
            + " ever_submitted, decided_at, decided_by, approved_composition, created_at,"
            + " changed_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, 'secretariat', ?, ?, ?)",
        assembly.id(),
        parliamentId,
        state,
        state.equals("RETURNED") ? "Give Ms Amina Diallo's name as in her passport." : null,
        Date.valueOf(assembly.closedOn().minusDays(30)),
        Date.valueOf(assembly.closedOn().minusDays(20)),
        approved ? "{\"1\":{\"name\":\"Amina Diallo\"}}" : null,
        Date.valueOf(assembly.closedOn().minusDays(60)),
        Date.valueOf(assembly.closedOn().minusDays(30)));
  }

  /**
   * A participant; a member of parliament sits on a Standing Committee, and is accredited if the
   * delegation was approved.
   */
  static long participant(
      long delegationId, String familyName, String gender, String category, LocalDate bornOn)
      throws Exception {
    boolean delegate = category.equals("MEMBER_OF_PARLIAMENT");
    long id =
        insert(
            "INSERT INTO participant (delegation_id, accredited, family_name, given_names, gender,"
                + " born_on, category, head, email, working_language) SELECT d.id, CASE WHEN"
                + " d.state = 'APPROVED' AND ? THEN 'DELEGATE' END, ?, 'Test', ?, ?, ?, ?, ?, 'en'"
                + " FROM delegation d WHERE d.id = ?",
            delegate,
            familyName,
            gender,
            bornOn == null ? null : Date.valueOf(bornOn),
            category,
            false,
            familyName.toLowerCase(java.util.Locale.ROOT) + "@parliament.test",
            delegationId);
    if (delegate) {
      insert(
          "INSERT INTO participant_committee (participant_id, committee, seat)"
              + " VALUES (?, 'PEACE_AND_SECURITY', 'MEMBER')",
          id);
    }
    return id;
  }

  private static long insert(String sql, Object... parameters) throws Exception {
    try (Connection db = Database.connect();
        PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        insert.setObject(i + 1, parameters[i]);
      }
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0;
      }
    }
  }
}
