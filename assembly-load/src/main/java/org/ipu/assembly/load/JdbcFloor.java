package org.ipu.assembly.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The floor under a ballot's acknowledgement: the rows the measured vote's ballots wrote, written
 * again straight through JDBC (Connector/J, the server's connection settings), one transaction and
 * one durable commit per ballot (its row of each table, with the same unique keys), on the same
 * schedule (the same number of ballots over the same seconds) and with as many connections as the
 * server held open after the burst, into copies of the tables ({@code CREATE TABLE ... LIKE},
 * dropped afterwards) in the same database. No application work: no HTTP, no security, no reads, no
 * EJB or JPA.
 */
final class JdbcFloor {

  /**
   * The tables a ballot writes a row of: its ballot, and its audit entry in the platform trail
   * ({@code audit_record}, the delegations' chains of the vote) or, in a build from before that
   * trail, in {@code audit_entry}. A table that is missing or holds none of the vote's rows writes
   * nothing, so one list serves both builds of a before/after comparison.
   */
  static final List<String> TABLES =
      List.of(
          System.getenv()
              .getOrDefault("LOAD_FLOOR_TABLES", "ballot,audit_record,audit_entry")
              .split("\\s*,\\s*"));

  /**
   * The vote's rows of a table, in the order they were written (the vote's id is the parameter).
   */
  private static String rowsOfTheVote(String table) {
    return table.equals("audit_record")
        ? "SELECT * FROM audit_record WHERE subject LIKE CONCAT('vote:', ?, '/delegation:%')"
            + " ORDER BY recorded_at, subject, sequence"
        : "SELECT * FROM " + table + " WHERE vote_id = ? ORDER BY id";
  }

  private static final String SETTINGS =
      "useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&allowPublicKeyRetrieval=true"
          + "&useSSL=false&cachePrepStmts=true&prepStmtCacheSize=64&prepStmtCacheSqlLimit=2048"
          + "&useLocalSessionState=true";

  /** One table's rows of the vote, as read back, and the insert that writes one again. */
  private record Rows(String table, String insert, List<Object[]> rows) {}

  /**
   * What the floor measured: each ballot's time from its sender's start (as the harness times a
   * ballot's acknowledgement) through waiting for a connection to its commit.
   */
  record Result(double[] sortedMillis, int connections, List<String> tables) {}

  private final String url;
  private final String user;
  private final String password;

  JdbcFloor(String url, String user, String password) {
    this.url = url + (url.contains("?") ? "&" : "?") + SETTINGS;
    this.user = user;
    this.password = password;
  }

  static JdbcFloor fromEnvironment() {
    String url = System.getenv("LOAD_DB_URL");
    return url == null || url.isBlank()
        ? null
        : new JdbcFloor(
            url,
            System.getenv().getOrDefault("LOAD_DB_USER", "assembly"),
            System.getenv().getOrDefault("LOAD_DB_PASSWORD", "embedded"));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * Connections open to the database now, other than this one (the server's pool, after a burst).
   */
  int serverConnections() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("SHOW STATUS LIKE 'Threads_connected'")) {
      rs.next();
      return Math.max(1, rs.getInt(2) - 1);
    }
  }

  /** Writes the vote's rows again, {@code ballots} transactions spread over {@code seconds}. */
  Result run(long voteId, int ballots, int seconds, int connections) throws Exception {
    List<Rows> tables = new ArrayList<>();
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      for (String table : TABLES) {
        String copy = "load_floor_" + table;
        try {
          sql.execute("DROP TABLE IF EXISTS " + copy);
          sql.execute("CREATE TABLE " + copy + " LIKE " + table);
        } catch (SQLException missing) {
          LoadHarness.log("JDBC floor: no table " + table + " (" + missing.getMessage() + ")");
          continue;
        }
        tables.add(read(db, table, copy, voteId));
      }
    }
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      Connection c = connect();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      pool.add(c);
    }
    ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
    ExecutorService senders = Executors.newFixedThreadPool(96);
    long periodMicros = seconds * 1_000_000L / ballots;
    long start = System.nanoTime() + 200_000_000L;
    List<CompletableFuture<Void>> done = new ArrayList<>();
    try {
      for (int i = 0; i < ballots; i++) {
        int n = i;
        CompletableFuture<Void> finished = new CompletableFuture<>();
        done.add(finished);
        long due = start + n * periodMicros * 1000;
        clock.schedule(
            () ->
                senders.submit(
                    () -> {
                      long t0 = System.nanoTime();
                      try {
                        Connection c = pool.take();
                        try {
                          write(c, tables, n);
                        } finally {
                          pool.add(c);
                        }
                        millis.add((System.nanoTime() - t0) / 1e6);
                        finished.complete(null);
                      } catch (Exception e) {
                        finished.completeExceptionally(e);
                      }
                    }),
            due - System.nanoTime(),
            TimeUnit.NANOSECONDS);
      }
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    } finally {
      clock.shutdownNow();
      senders.shutdownNow();
      for (Connection c : pool) {
        c.close();
      }
      try (Connection db = connect();
          Statement sql = db.createStatement()) {
        for (Rows rows : tables) {
          sql.execute("DROP TABLE IF EXISTS load_floor_" + rows.table());
        }
      }
    }
    return new Result(
        millis.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
        connections,
        tables.stream().map(Rows::table).toList());
  }

  /**
   * The n-th ballot's rows: the n-th of the vote's rows of each table (a table with fewer rows,
   * e.g. none for a secret vote, writes none), then a commit.
   */
  private static void write(Connection c, List<Rows> tables, int n) throws SQLException {
    try {
      for (Rows rows : tables) {
        if (n >= rows.rows().size()) {
          continue;
        }
        Object[] row = rows.rows().get(n);
        try (PreparedStatement insert = c.prepareStatement(rows.insert())) {
          for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, row[i]);
          }
          insert.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  /** The vote's rows of the table, without their generated id. */
  private static Rows read(Connection db, String table, String copy, long voteId)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement(rowsOfTheVote(table))) {
      select.setLong(1, voteId);
      try (ResultSet rs = select.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          if (!meta.isAutoIncrement(i)) {
            columns.add(meta.getColumnName(i));
          }
        }
        while (rs.next()) {
          Object[] row = new Object[columns.size()];
          for (int i = 0; i < columns.size(); i++) {
            row[i] = rs.getObject(columns.get(i));
          }
          rows.add(row);
        }
      }
    }
    String insert =
        "INSERT INTO "
            + copy
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    return new Rows(table, insert, rows);
  }
}
