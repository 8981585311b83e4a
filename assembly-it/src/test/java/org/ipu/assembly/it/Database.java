package org.ipu.assembly.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the test database, for what the API deliberately does not show. */
public final class Database {

  private Database() {}

  public static Connection connect() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("assembly.it.dbUrl"),
        System.getProperty("assembly.it.dbUser", "assembly"),
        System.getProperty("assembly.it.dbPassword", "embedded"));
  }

  /** The first column of every row the query (with its parameters) returns. */
  public static List<String> strings(String sql, Object... parameters) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection db = connect();
        PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  public static long count(String sql, long id) throws Exception {
    return Long.parseLong(strings(sql, id).get(0));
  }

  public static void update(String sql, Object... parameters) throws Exception {
    try (Connection db = connect();
        PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }

  public static List<String> columns(String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection db = connect();
        ResultSet rs = db.getMetaData().getColumns(db.getCatalog(), null, table, "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }
}
