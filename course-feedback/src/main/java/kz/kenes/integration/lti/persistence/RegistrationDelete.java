package kz.kenes.integration.lti.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The delete of a platform registration with all that came through it, in statements that each stay
 * short: its users go a chunk at a time, then its courses, then the registration row, each with
 * everything of theirs by the database's cascades ({@code ON DELETE CASCADE}, {@code SET NULL}).
 * One statement for all of them took about 70 µs a learner (docs/performance.md, with the indexes
 * of V51), so a platform with a few hundred thousand learners ran past the statement timeout (10 s,
 * {@code db.queryTimeout}) and the driver's socket timeout. Runs on the caller's connection and
 * transaction: a failure keeps everything.
 */
final class RegistrationDelete {

  /** Users removed by one statement. */
  static final int USERS_PER_STATEMENT = 2_000;

  /** Courses removed by one statement (a course may carry many rows of its own). */
  static final int COURSES_PER_STATEMENT = 20;

  private RegistrationDelete() {}

  /** Deletes registration {@code id}; false when there was none. */
  static boolean delete(Connection c, long id) throws SQLException {
    return delete(c, id, USERS_PER_STATEMENT, COURSES_PER_STATEMENT);
  }

  static boolean delete(Connection c, long id, int usersPerStatement, int coursesPerStatement)
      throws SQLException {
    deleteAll(c, chunk("lti_user", usersPerStatement), id);
    deleteAll(c, chunk("lti_context", coursesPerStatement), id);
    try (PreparedStatement delete =
        c.prepareStatement("delete from platform_registration where id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  /** The delete of up to {@code size} rows of a table of the registration's rows. */
  private static String chunk(String table, int size) {
    return "delete from "
        + table
        + " where id in (select id from "
        + table
        + " where registration_id = ? fetch first "
        + Math.max(1, size)
        + " rows only)";
  }

  private static void deleteAll(Connection c, String chunk, long id) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(chunk)) {
      delete.setLong(1, id);
      while (delete.executeUpdate() > 0) {
        // the next chunk
      }
    }
  }
}
