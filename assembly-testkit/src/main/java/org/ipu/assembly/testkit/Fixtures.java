package org.ipu.assembly.testkit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Data of a test's own, so that no test depends on what an earlier one left: a Member parliament
 * not yet in the roster, in the current Assembly, with a focal point, a head of delegation and
 * delegates, whose delegation the Secretariat approved (so the registration accredits them for the
 * plenary). The API opens no parliament, so this writes to the test database directly; the accounts
 * take the password of the demo Secretariat's account (its hash is copied), so they sign in with
 * the demo password. Presence, designations and ballots then go through the API.
 */
public final class Fixtures {

  /** Opens a connection to the test database. */
  @FunctionalInterface
  public interface Connector {
    Connection open() throws SQLException;
  }

  /**
   * A parliament of the test's own.
   *
   * @param countryCode an ISO 3166-1 code the demo Assembly does not use (its name comes from the
   *     JDK's locale data, as every national parliament's)
   * @param head the head of delegation (casts, designates casters)
   * @param delegates the other delegates
   * @param accountIds the id of each of its accounts by user name
   */
  public record Parliament(
      long id,
      String countryCode,
      String name,
      String focalPoint,
      String head,
      List<String> delegates,
      Map<String, Long> accountIds) {

    /** The head and then the other delegates. */
    public List<String> everyDelegate() {
      List<String> all = new ArrayList<>();
      all.add(head);
      all.addAll(delegates);
      return all;
    }

    public long accountId(String username) {
      Long id = accountIds.get(username);
      if (id == null) {
        throw new IllegalArgumentException(username + " is not an account of " + name);
      }
      return id;
    }
  }

  private final Connector database;

  public Fixtures(Connector database) {
    this.database = database;
  }

  /**
   * A Member parliament of its own with the given population (which sets its votes), a focal point,
   * a head of delegation and {@code otherDelegates} more delegates, registered and approved for the
   * current Assembly; nobody is present yet.
   */
  public Parliament memberParliament(long population, int otherDelegates) throws SQLException {
    return memberParliament(population, otherDelegates, true);
  }

  /**
   * A Member parliament of its own that has not registered its delegation yet: a focal point to
   * register it, and a delegate's login account ({@link Parliament#head()}) that no registration
   * accredits.
   */
  public Parliament memberParliamentToRegister(long population) throws SQLException {
    return memberParliament(population, 0, false);
  }

  private Parliament memberParliament(long population, int otherDelegates, boolean registered)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String code = freeCountryCode();
      try {
        return create(code, population, otherDelegates, registered);
      } catch (SQLIntegrityConstraintViolationException taken) {
        if (attempt == 5) {
          throw taken;
        }
        // another test took the same code at the same moment: pick another
      }
    }
  }

  /**
   * Seats one of the parliament's accredited delegates on a Standing Committee at the current
   * Assembly, as its registration's committee lists would: {@code seat} MEMBER or SUBSTITUTE of
   * {@code committee} (PEACE_AND_SECURITY, ...).
   */
  public void seat(Parliament parliament, String username, String committee, String seat)
      throws SQLException {
    try (Connection db = database.open();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO participant_committee (participant_id, committee, seat)"
                    + " SELECT pt.id, ?, ? FROM participant pt"
                    + " JOIN delegation d ON d.id = pt.delegation_id"
                    + " JOIN assembly_session s ON s.id = d.session_id AND s.is_current"
                    + " WHERE pt.account_id = ?")) {
      insert.setString(1, committee);
      insert.setString(2, seat);
      insert.setLong(3, parliament.accountId(username));
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException(username + " is not accredited at the current Assembly");
      }
    }
  }

  /** Marks each of the parliament's delegates present, as the Secretariat confirms it. */
  public static void present(Caller secretariat, Parliament parliament, String... usernames)
      throws IOException, InterruptedException {
    for (String username :
        usernames.length == 0 ? parliament.everyDelegate() : List.of(usernames)) {
      secretariat
          .put(
              "/api/plenary/presence/" + parliament.accountId(username), "{\"state\": \"PRESENT\"}")
          .expect(200, "presence of " + username);
    }
  }

  private String freeCountryCode() throws SQLException {
    Set<String> taken = new HashSet<>();
    try (Connection db = database.open();
        Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT country_code FROM parliament WHERE country_code IS NOT NULL")) {
      while (rs.next()) {
        taken.add(rs.getString(1));
      }
    }
    // A name that is part of another (Samoa, American Samoa) would make "the page does not show
    // the other parliament" ambiguous: such codes are not handed out.
    List<String> names = taken.stream().map(Fixtures::englishName).toList();
    List<String> free = free(Arrays.stream(Locale.getISOCountries()), taken, names);
    if (free.isEmpty()) {
      // A long suite uses up the official codes: then two-letter codes ISO 3166-1 gives to no
      // country, named by their code or by the JDK's locale data.
      free = free(userAssignedCodes(), taken, names);
    }
    if (free.isEmpty()) {
      throw new IllegalStateException("every ISO 3166-1 code is taken: use a fresh database");
    }
    Collections.shuffle(free);
    return free.get(0);
  }

  private static List<String> free(
      java.util.stream.Stream<String> codes, Set<String> taken, List<String> names) {
    return codes
        .filter(code -> !taken.contains(code))
        .filter(
            code ->
                names.stream()
                    .noneMatch(n -> n.contains(englishName(code)) || englishName(code).contains(n)))
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  /**
   * Two-letter codes that name no country in ISO 3166-1: the user-assigned ones and the unassigned
   * ones, named by the JDK's locale data where it knows them (Kosovo, ...) or by the code itself.
   * Not those the JDK names after its pseudo-locales ("Pseudo-Accents"), which a badge breaks at
   * the hyphen.
   */
  private static java.util.stream.Stream<String> userAssignedCodes() {
    Set<String> official = Set.of(Locale.getISOCountries());
    java.util.stream.Stream.Builder<String> codes = java.util.stream.Stream.builder();
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        String code = "" + a + b;
        if (!official.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes.build().filter(code -> englishName(code).chars().noneMatch(ch -> ch == '-'));
  }

  private Parliament create(String code, long population, int otherDelegates, boolean registered)
      throws SQLException {
    try (Connection db = database.open()) {
      db.setAutoCommit(false);
      try {
        long parliament = insert(db, "INSERT INTO parliament (country_code) VALUES (?)", code);
        try (PreparedStatement membership =
            db.prepareStatement(
                "INSERT INTO membership (session_id, parliament_id, status, suspended, population)"
                    + " SELECT id, ?, 'MEMBER', FALSE, ? FROM assembly_session WHERE is_current")) {
          membership.setLong(1, parliament);
          membership.setLong(2, population);
          if (membership.executeUpdate() != 1) {
            throw new IllegalStateException("no current Assembly in the test database");
          }
        }
        String slug = code.toLowerCase(Locale.ROOT);
        String name = englishName(code);
        Map<String, Long> ids = new LinkedHashMap<>();
        String focal = "focal." + slug;
        ids.put(focal, account(db, focal, "Focal point (" + name + ")", "FOCAL_POINT", parliament));
        String head = "head." + slug;
        ids.put(
            head, account(db, head, "Head of delegation (" + name + ")", "DELEGATE", parliament));
        List<String> delegates = new ArrayList<>();
        for (int n = 1; n <= otherDelegates; n++) {
          String delegate = "delegate." + slug + "." + n;
          delegates.add(delegate);
          ids.put(
              delegate,
              account(db, delegate, "Delegate " + n + " (" + name + ")", "DELEGATE", parliament));
        }
        if (registered) {
          approvedDelegation(
              db, parliament, ids.get(head), delegates.stream().map(ids::get).toList());
        }
        db.commit();
        return new Parliament(
            parliament, code, name, focal, head, List.copyOf(delegates), Map.copyOf(ids));
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      }
    }
  }

  /**
   * The parliament's delegation to the current Assembly, approved: the head and the delegates are
   * its members of parliament, accredited, each signing in with their account.
   */
  private static void approvedDelegation(
      Connection db, long parliament, long head, List<Long> delegates) throws SQLException {
    long delegation;
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO delegation (session_id, parliament_id, state, submitted_at, ever_submitted,"
                + " decided_at, decided_by, created_at, changed_at)"
                + " SELECT id, ?, 'APPROVED', NOW(3), TRUE, NOW(3), 'test kit', NOW(3), NOW(3)"
                + " FROM assembly_session WHERE is_current",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, parliament);
      insert.executeUpdate();
      delegation = generatedKey(insert);
    }
    List<Long> members = new ArrayList<>();
    members.add(head);
    members.addAll(delegates);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO participant (delegation_id, account_id, accredited, family_name,"
                + " given_names, gender, category, head, working_language)"
                + " SELECT ?, id, ?, full_name, 'Test', ?, 'MEMBER_OF_PARLIAMENT', ?, 'en'"
                + " FROM account WHERE id = ?")) {
      for (int n = 0; n < members.size(); n++) {
        boolean isHead = n == 0;
        insert.setLong(1, delegation);
        insert.setString(2, isHead ? "HEAD" : "DELEGATE");
        insert.setString(3, n % 2 == 0 ? "FEMALE" : "MALE");
        insert.setBoolean(4, isHead);
        insert.setLong(5, members.get(n));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static String englishName(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  private static long account(
      Connection db, String username, String fullName, String role, long parliament)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO account (username, password_hash, full_name, email, role, parliament_id)"
                + " SELECT ?, password_hash, ?, ?, ?, ? FROM account WHERE username = 'secretariat'",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, username);
      insert.setString(2, fullName);
      insert.setString(3, username + "@test.invalid");
      insert.setString(4, role);
      insert.setLong(5, parliament);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("no demo Secretariat account in the test database");
      }
      return generatedKey(insert);
    }
  }

  private static long insert(Connection db, String sql, String value) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, value);
      insert.executeUpdate();
      return generatedKey(insert);
    }
  }

  private static long generatedKey(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
