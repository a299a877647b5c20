package kz.kenes.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The claim and outcome SQL an outbox table shares (the mail outbox, ADR 0029; the score outbox,
 * ADR 0014): rows with {@code id}, {@code status} ({@code 'pending'} until an outcome is written),
 * {@code attempts}, {@code next_attempt_at}, {@code finished_at} and {@code last_error}, and
 * whatever further outcome columns the table names. Workers on any node claim due rows with {@code
 * FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x alike) and move their next attempt past a lease,
 * so a row is handled by one worker at a time and tried again after the lease when its worker died;
 * an outcome is written by id and only while the row is still pending. The caller's transaction (or
 * the connection's own, outside a server) is the claim's.
 */
public final class JdbcOutbox {

  /** How long a stored error message may be. */
  static final int ERROR_LENGTH = 600;

  private final String due;
  private final String lease;
  private final String details;
  private final String finish;
  private final String later;

  /** Reads one claimed row of the details query. */
  @FunctionalInterface
  public interface Row<C> {
    C read(ResultSet row) throws SQLException;
  }

  /**
   * The outbox in {@code table}. {@code details} selects a claimed row by id (its one parameter);
   * {@code outcomeColumns} are the table's outcome columns beyond {@code last_error}, written
   * before it in the order named.
   */
  public JdbcOutbox(String table, String details, String... outcomeColumns) {
    String outcomes =
        Stream.of(outcomeColumns)
            .map(column -> ", " + column + " = ?")
            .collect(Collectors.joining());
    this.due =
        "select id from "
            + table
            + " where status = 'pending' and next_attempt_at <= ?"
            + " order by next_attempt_at fetch first %d rows only for update skip locked";
    this.lease =
        "update " + table + " set next_attempt_at = ?, attempts = attempts + 1 where id = ?";
    this.details = details;
    this.finish =
        "update "
            + table
            + " set status = ?, finished_at = ?"
            + outcomes
            + ", last_error = ? where id = ? and status = 'pending'";
    this.later =
        "update "
            + table
            + " set next_attempt_at = ?"
            + outcomes
            + ", last_error = ? where id = ? and status = 'pending'";
  }

  /**
   * Claims up to {@code limit} due rows: each is counted as attempted, is not due again before
   * {@code now + lease}, and is read by {@code details} after its lease. Rows another worker holds
   * locked are skipped.
   */
  public <C> List<C> claim(
      DataSource dataSource, Instant now, Duration lease, int limit, Row<C> read)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement select = c.prepareStatement(String.format(due, limit))) {
        select.setObject(1, Timestamps.toColumn(now));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
      List<C> claimed = new ArrayList<>();
      try (PreparedStatement leased = c.prepareStatement(this.lease);
          PreparedStatement detail = c.prepareStatement(details)) {
        for (long id : ids) {
          leased.setObject(1, Timestamps.toColumn(now.plus(lease)));
          leased.setLong(2, id);
          leased.executeUpdate();
          detail.setLong(1, id);
          try (ResultSet row = detail.executeQuery()) {
            if (row.next()) {
              claimed.add(read.read(row));
            }
          }
        }
      }
      return claimed;
    }
  }

  /**
   * Writes the pending row's outcome: {@code status}, finished {@code now}, the outcome columns'
   * values in their order, and the error (cut to its column's length). Returns the rows changed
   * (none when the row is no longer pending).
   */
  public int finish(
      DataSource dataSource, long id, String status, Instant now, String error, Object... outcomes)
      throws SQLException {
    return update(dataSource, finish, id, error, outcomes, status, Timestamps.toColumn(now));
  }

  /**
   * Makes the pending row due again {@code at}, with the outcome columns' values and the error of
   * the attempt that failed. Returns the rows changed (none when the row is no longer pending).
   */
  public int later(DataSource dataSource, long id, Instant at, String error, Object... outcomes)
      throws SQLException {
    return update(dataSource, later, id, error, outcomes, Timestamps.toColumn(at));
  }

  /** The message as its column keeps it: at most {@value #ERROR_LENGTH} characters. */
  public static String cut(String message) {
    return message == null || message.length() <= ERROR_LENGTH
        ? message
        : message.substring(0, ERROR_LENGTH);
  }

  private static int update(
      DataSource dataSource,
      String sql,
      long id,
      String error,
      Object[] outcomes,
      Object... leading)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      int i = 0;
      for (Object value : leading) {
        update.setObject(++i, value);
      }
      for (Object value : outcomes) {
        update.setObject(++i, value);
      }
      update.setString(++i, cut(error));
      update.setLong(++i, id);
      return update.executeUpdate();
    }
  }
}
