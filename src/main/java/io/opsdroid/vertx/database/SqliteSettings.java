package io.opsdroid.vertx.database;

import static io.opsdroid.vertx.database.SqliteDatabase.DEFAULT_PATH;
import static io.opsdroid.vertx.database.SqliteDatabase.DEFAULT_TABLE;
import static io.opsdroid.vertx.database.SqliteDatabase.FILE_KEY;
import static io.opsdroid.vertx.database.SqliteDatabase.PATH_KEY;
import static io.opsdroid.vertx.database.SqliteDatabase.TABLE_KEY;

import io.opsdroid.vertx.module.ModuleConfig;
import io.opsdroid.vertx.module.ModuleConfigException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checked configuration of a {@link SqliteDatabase}.
 *
 * @param file the absolute path of the database file
 * @param table a table name that is safe to put into SQL text
 */
record SqliteSettings(Path file, String table) {

  // The table name goes into SQL text, where no placeholder can stand for it.
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Reads and checks {@code config}; throws a {@link ModuleConfigException} on a bad key. */
  static SqliteSettings from(ModuleConfig config) {
    return new SqliteSettings(file(config), table(config));
  }

  private static Path file(ModuleConfig config) {
    // "file" is the older name of "path"; the newer name wins when both are set.
    String key = config.has(PATH_KEY) ? PATH_KEY : FILE_KEY;
    String value = config.getString(key, DEFAULT_PATH);
    if (value.isBlank()) {
      throw config.invalid(key, "must not be blank");
    }
    try {
      return Path.of(value).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw config.invalid(key, "is not a usable file path: " + e.getReason());
    }
  }

  private static String table(ModuleConfig config) {
    String table = config.getString(TABLE_KEY, DEFAULT_TABLE);
    if (!IDENTIFIER.matcher(table).matches()) {
      throw config.invalid(TABLE_KEY,
          "must be letters, digits and underscores, not starting with a digit, but is '"
              + table + "'");
    }
    if (table.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
      throw config.invalid(TABLE_KEY, "must not start with 'sqlite_', which SQLite reserves");
    }
    return table;
  }
}
