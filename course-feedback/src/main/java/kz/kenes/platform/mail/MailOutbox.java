package kz.kenes.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.JdbcOutbox;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The mail outbox ({@code mail_outbox}, V41, ADR 0029) in plain JDBC. A mail is added in the
 * caller's transaction, so it is sent if and only if the action that caused it commits; workers on
 * any node claim due rows with {@code FOR UPDATE SKIP LOCKED} and move their next attempt past a
 * lease ({@link JdbcOutbox}), so a mail is sent by one worker at a time and tried again after the
 * lease when its worker died. Sending runs outside any transaction; its outcome is written by id
 * while the row is pending.
 */
@ApplicationScoped
public class MailOutbox {

  static final String PENDING = "pending";
  static final String SENT = "sent";
  static final String FAILED = "failed";

  private static final String INSERT =
      "insert into mail_outbox (recipient, subject, body_text, unsubscribe_url, status, attempts,"
          + " next_attempt_at, created_at) values (?, ?, ?, ?, 'pending', 0, ?, ?)";
  private static final JdbcOutbox OUTBOX =
      new JdbcOutbox(
          "mail_outbox",
          "select id, recipient, subject, body_text, unsubscribe_url, attempts from mail_outbox"
              + " where id = ?");

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
    try {
      return OUTBOX.claim(
          dataSource,
          now,
          lease,
          limit,
          row ->
              new Claimed(
                  row.getLong(1),
                  new MailMessage(
                      row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                  row.getInt(6)));
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
    try {
      OUTBOX.later(dataSource, id, at, error);
    } catch (SQLException e) {
      throw new IllegalStateException("could not reschedule mail " + id, e);
    }
  }

  private void finish(long id, String status, Instant now, String error) {
    try {
      OUTBOX.finish(dataSource, id, status, now, error);
    } catch (SQLException e) {
      throw new IllegalStateException("could not mark mail " + id + " " + status, e);
    }
  }
}
