package io.opsdroid.vertx.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One key-value table in an SQLite file, reached through blocking JDBC calls on a single
 * connection. Not thread-safe: its owner calls it from one thread at a time, never from an
 * event loop.
 */
final class SqliteTable implements AutoCloseable {

  private final Connection connection;
  private final String selectSql;
  private final String upsertSql;
  private final String deleteSql;

  private SqliteTable(Connection connection, String quotedTable) {
    this.connection = connection;
    this.selectSql = "SELECT data FROM " + quotedTable + " WHERE key = ?";
    this.upsertSql = "INSERT INTO " + quotedTable + " (key, data) VALUES (?, ?)"
        + " ON CONFLICT(key) DO UPDATE SET data = excluded.data";
    this.deleteSql = "DELETE FROM " + quotedTable + " WHERE key = ?";
  }

  /**
   * Opens {@code file}, creating it and its parent folders when missing, and creates
   * {@code table} in it unless it exists. The caller has checked that {@code table} is a
   * plain identifier.
   */
  static SqliteTable open(Path file, String table) throws IOException, SQLException {
    createParentFolders(file);
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    // Quoted, so that a checked name which is also an SQL keyword, such as "order", works.
    String quotedTable = '"' + table + '"';
    try {
      createTable(connection, quotedTable);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new SqliteTable(connection, quotedTable);
  }

  /** The JSON text stored under {@code key}, or {@code null}. */
  String select(String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(selectSql)) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  void upsert(String key, String json) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(upsertSql)) {
      statement.setString(1, key);
      statement.setString(2, json);
      statement.executeUpdate();
    }
  }

  void delete(String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(deleteSql)) {
      statement.setString(1, key);
      statement.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private static void createParentFolders(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  // A table name cannot be a placeholder; it was checked and quoted before it got here.
  private static void createTable(Connection connection, String quotedTable)
      throws SQLException {
    String sql = "CREATE TABLE IF NOT EXISTS " + quotedTable
        + " (key TEXT PRIMARY KEY, data TEXT)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }
}
