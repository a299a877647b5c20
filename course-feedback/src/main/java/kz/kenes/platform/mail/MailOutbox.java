package kz.kenes.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The mail outbox ({@code mail_outbox}, V41, ADR 0029) in plain JDBC. A mail is added in the
 * caller's transaction, so it is sent if and only if the action that caused it commits; workers on
 * any node claim due rows with {@code FOR UPDATE SKIP LOCKED} and move their next attempt past a
 * lease, so a mail is sent by one worker at a time and tried again after the lease when its worker
 * died. Sending runs outside any transaction; its outcome is written by id while the row is
 * pending.
 */
@ApplicationScoped
public class MailOutbox {

  static final String PENDING = "pending";
  static final String SENT = "sent";
  static final String FAILED = "failed";

  private static final String INSERT =
      "insert into mail_outbox (recipient, subject, body_text, unsubscribe_url, status, attempts,"
          + " next_attempt_at, created_at) values (?, ?, ?, ?, 'pending', 0, ?, ?)";
  private static final String DUE =
      "select id from mail_outbox where status = 'pending' and next_attempt_at <= ?"
          + " order by next_attempt_at fetch first %d rows only for update skip locked";
  private static final String LEASE =
      "update mail_outbox set next_attempt_at = ?, attempts = attempts + 1 where id = ?";
  private static final String DETAILS =
      "select id, recipient, subject, body_text, unsubscribe_url, attempts from mail_outbox"
          + " where id = ?";
  private static final String FINISH =
      "update mail_outbox set status = ?, finished_at = ?, last_error = ?"
          + " where id = ? and status = 'pending'";
  private static final String LATER =
      "update mail_outbox set next_attempt_at = ?, last_error = ? where id = ? and status = 'pending'";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Inject Event<MailQueued> queued;

  /** Fired inside the transaction that queued a mail; wakes the worker after the commit. */
  public record MailQueued() {}

  /** A claimed mail with its attempt number (1 for the first). */
  public record Claimed(long id, MailMessage message, int attempts) {}

  /** Adds the mail as pending, due now, in the caller's transaction. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void queue(MailMessage message, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setString(1, message.to());
      insert.setString(2, message.subject());
      insert.setString(3, message.text());
      insert.setString(4, message.unsubscribeUrl());
      insert.setObject(5, Timestamps.toColumn(now));
      insert.setObject(6, Timestamps.toColumn(now));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not add a mail to the outbox", e);
    }
    queued.fire(new MailQueued());
  }

  /**
   * Claims up to {@code limit} due mails: each is counted as attempted and not due again before
   * {@code now + lease}. Rows another worker holds locked are skipped.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(Instant now, Duration lease, int limit) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement due = c.prepareStatement(String.format(DUE, limit))) {
        due.setObject(1, Timestamps.toColumn(now));
        try (ResultSet rows = due.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
      List<Claimed> claimed = new ArrayList<>();
      try (PreparedStatement lease1 = c.prepareStatement(LEASE);
          PreparedStatement details = c.prepareStatement(DETAILS)) {
        for (long id : ids) {
          lease1.setObject(1, Timestamps.toColumn(now.plus(lease)));
          lease1.setLong(2, id);
          lease1.executeUpdate();
          details.setLong(1, id);
          try (ResultSet row = details.executeQuery()) {
            if (row.next()) {
              claimed.add(
                  new Claimed(
                      row.getLong(1),
                      new MailMessage(
                          row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                      row.getInt(6)));
            }
          }
        }
      }
      return claimed;
    } catch (SQLException e) {
      throw new IllegalStateException("could not claim mails from the outbox", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id, Instant now) {
    finish(id, SENT, now, null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, Instant now, String error) {
    finish(id, FAILED, now, error);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retryAt(long id, Instant at, String error) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement later = c.prepareStatement(LATER)) {
      later.setObject(1, Timestamps.toColumn(at));
      later.setString(2, cut(error));
      later.setLong(3, id);
      later.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not reschedule mail " + id, e);
    }
  }

  private void finish(long id, String status, Instant now, String error) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement finish = c.prepareStatement(FINISH)) {
      finish.setString(1, status);
      finish.setObject(2, Timestamps.toColumn(now));
      finish.setString(3, cut(error));
      finish.setLong(4, id);
      finish.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not mark mail " + id + " " + status, e);
    }
  }

  private static String cut(String error) {
    return error == null || error.length() <= 600 ? error : error.substring(0, 600);
  }
}
