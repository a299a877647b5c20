package kz.kenes.integration.lti.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.JdbcOutbox;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The score outbox ({@code lti_score_outbox}, ADR 0014) in plain JDBC. A score is added in the
 * caller's transaction; workers on any node claim due rows with {@code FOR UPDATE SKIP LOCKED}
 * (PostgreSQL and H2 2.x alike) and move their next attempt past a lease ({@link JdbcOutbox}), so a
 * row is delivered by one worker at a time and retried after the lease when its worker died. The
 * delivery itself runs outside any transaction; its outcome is written by id and only while the row
 * is still pending.
 */
@ApplicationScoped
public class JdbcScoreOutbox {

  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";
  static final String SUPERSEDED = "superseded";
  static final String FAILED = "failed";

  private static final String GRADED_LINK =
      "select registration_id, kenes_activity, kenes_grade, ags_scope from lti_resource_link"
          + " where id = ?";
  private static final String SUPERSEDE =
      "update lti_score_outbox set status = 'superseded', finished_at = ?,"
          + " last_error = 'replaced by a newer score before delivery'"
          + " where resource_link_ref = ? and user_ref = ? and status = 'pending'";
  private static final String INSERT =
      "insert into lti_score_outbox (registration_id, resource_link_ref, user_ref, activity,"
          + " score_given, score_maximum, activity_progress, scored_at, status, attempts,"
          + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)";
  private static final JdbcOutbox OUTBOX =
      new JdbcOutbox(
          "lti_score_outbox",
          "select o.id, o.registration_id, o.resource_link_ref, l.link_id, l.title, u.subject,"
              + " o.activity, o.score_given, o.score_maximum, o.activity_progress, o.scored_at,"
              + " o.attempts, l.ags_scope, l.ags_lineitems, l.ags_lineitem, l.lineitem_found"
              + " from lti_score_outbox o join lti_resource_link l on l.id = o.resource_link_ref"
              + " join lti_user u on u.id = o.user_ref where o.id = ?",
          "last_status");
  private static final String FOUND_LINE_ITEM =
      "update lti_resource_link set lineitem_found = ? where id = ?";
  private static final String LOCK_LINK =
      "select lineitem_found from lti_resource_link where id = ? for update";
  private static final String RETRY =
      "update lti_score_outbox set status = 'pending', attempts = 0, next_attempt_at = ?,"
          + " finished_at = null where id = ? and status in ('pending', 'failed')"
          + " and resource_link_ref in (select id from lti_resource_link where context_ref = ?)"
          + " and not exists (select 1 from lti_score_outbox n where n.resource_link_ref ="
          + " lti_score_outbox.resource_link_ref and n.user_ref = lti_score_outbox.user_ref"
          + " and n.id > lti_score_outbox.id)";
  private static final String COURSE =
      "select o.id, l.title, l.kenes_activity, u.name, u.subject, o.score_given, o.score_maximum,"
          + " o.status, o.attempts, o.last_status, o.last_error, o.scored_at, o.finished_at,"
          + " o.next_attempt_at, o.resource_link_ref from lti_score_outbox o"
          + " join lti_resource_link l on l.id = o.resource_link_ref"
          + " join lti_user u on u.id = o.user_ref where l.context_ref = ?"
          + " and not exists (select 1 from lti_score_outbox n where n.resource_link_ref ="
          + " o.resource_link_ref and n.user_ref = o.user_ref and n.id > o.id)"
          + " order by l.title, u.name, u.subject";
  private static final String GRADED_LINKS =
      "select id, registration_id, title, kenes_activity, ags_scope,"
          + " coalesce(ags_lineitem, lineitem_found) from lti_resource_link"
          + " where context_ref = ? and kenes_grade is not null and kenes_activity is not null"
          + " order by title, id";
  private static final String COUNT =
      "select status, count(*) from lti_score_outbox group by status";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  /**
   * Whether {@link #lineItemOnce} runs its own transaction on the connection: only outside the
   * server, where no transaction manager enlists it (a managed connection refuses {@code
   * setAutoCommit} in a global transaction).
   */
  boolean ownTransactions;

  public JdbcScoreOutbox() {}

  /** An outbox on this data source, outside the server (tests, the benchmark). */
  public JdbcScoreOutbox(DataSource dataSource) {
    this.dataSource = dataSource;
    this.ownTransactions = true;
  }

  /** A graded link's facts at the time a result is recorded. */
  public record GradedLink(long registrationId, String activity, String grade, String agsScope) {}

  /** A score to add: what the context reported, checked against the link. */
  public record NewScore(
      long registrationId,
      long resourceLinkRef,
      long userRef,
      String activity,
      double scoreGiven,
      double scoreMaximum,
      String activityProgress,
      Instant scoredAt) {}

  /** A claimed row with what its delivery needs. */
  public record Claimed(
      long id,
      long registrationId,
      long resourceLinkRef,
      String linkId,
      String linkTitle,
      String userId,
      String activity,
      double scoreGiven,
      double scoreMaximum,
      String activityProgress,
      Instant scoredAt,
      int attempts,
      String agsScope,
      String agsLineItems,
      String agsLineItem,
      String lineItemFound) {}

  /** The latest score of one learner on one link of a course, as the instructor sees it. */
  public record Status(
      long id,
      String linkTitle,
      String activity,
      String learnerName,
      String learnerSub,
      double scoreGiven,
      double scoreMaximum,
      String status,
      int attempts,
      Integer lastStatus,
      String lastError,
      Instant scoredAt,
      Instant finishedAt,
      Instant nextAttemptAt,
      long linkRef) {}

  /**
   * A link of a course placed as graded, with the AGS scopes its latest launch granted and its line
   * item (the launch's, or the one Kenes found or created; null before the first delivery).
   */
  public record GradedLinkOfCourse(
      long id,
      long registrationId,
      String title,
      String activity,
      String agsScope,
      String lineItem) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<GradedLink> gradedLink(long resourceLinkRef) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(GRADED_LINK)) {
      select.setLong(1, resourceLinkRef);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(
                new GradedLink(
                    row.getLong(1), row.getString(2), row.getString(3), row.getString(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the resource link " + resourceLinkRef, e);
    }
  }

  /**
   * Adds the score as pending, due now, in the caller's transaction, and marks the learner's older
   * pending scores of the same link superseded.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void add(NewScore score, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement supersede = c.prepareStatement(SUPERSEDE)) {
        supersede.setObject(1, Timestamps.toColumn(now));
        supersede.setLong(2, score.resourceLinkRef());
        supersede.setLong(3, score.userRef());
        supersede.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        insert.setLong(1, score.registrationId());
        insert.setLong(2, score.resourceLinkRef());
        insert.setLong(3, score.userRef());
        insert.setString(4, score.activity());
        insert.setBigDecimal(5, BigDecimal.valueOf(score.scoreGiven()));
        insert.setBigDecimal(6, BigDecimal.valueOf(score.scoreMaximum()));
        insert.setString(7, score.activityProgress());
        insert.setObject(8, Timestamps.toColumn(score.scoredAt()));
        insert.setObject(9, Timestamps.toColumn(now));
        insert.setObject(10, Timestamps.toColumn(now));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not add the score to the outbox", e);
    }
  }

  /**
   * Claims up to {@code limit} due rows for this worker: each gets one more attempt and is not due
   * again before {@code now + lease}. Rows another worker holds locked are skipped.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(Instant now, Duration lease, int limit) {
    try {
      return OUTBOX.claim(dataSource, now, lease, limit, JdbcScoreOutbox::claimed);
    } catch (SQLException e) {
      throw new IllegalStateException("could not claim scores from the outbox", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(long id, Instant now) {
    finish(id, DELIVERED, now, null, null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void superseded(long id, Instant now, int status, String message) {
    finish(id, SUPERSEDED, now, status, message);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, Instant now, int status, String message) {
    finish(id, FAILED, now, status, message);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retryAt(long id, Instant next, int status, String message) {
    try {
      OUTBOX.later(dataSource, id, next, message, status == 0 ? null : status);
    } catch (SQLException e) {
      throw new IllegalStateException("could not update the score outbox", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rememberLineItem(long resourceLinkRef, String lineItem) {
    update(FOUND_LINE_ITEM, lineItem, resourceLinkRef);
  }

  /**
   * The link's line item, found or created at most once however many workers and nodes ask at the
   * same time: the link's row is locked ({@code SELECT … FOR UPDATE}) for the transaction in which
   * {@code findOrCreate} runs and its answer is stored, so a second worker waits for the first and
   * then reads what it stored (on H2, whose lock wait is short, it may instead fail this attempt
   * and read it at the next). Outside a server transaction (tests) the connection's own transaction
   * does the same. A failure of {@code findOrCreate} stores nothing and is thrown.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String lineItemOnce(long resourceLinkRef, Supplier<String> findOrCreate) {
    try (Connection c = dataSource.getConnection()) {
      boolean local = ownTransactions;
      if (local) {
        c.setAutoCommit(false);
      }
      try {
        String lineItem = lockedLineItem(c, resourceLinkRef);
        if (lineItem == null) {
          lineItem = findOrCreate.get();
          try (PreparedStatement update = c.prepareStatement(FOUND_LINE_ITEM)) {
            update.setString(1, lineItem);
            update.setLong(2, resourceLinkRef);
            update.executeUpdate();
          }
        }
        if (local) {
          c.commit();
        }
        return lineItem;
      } catch (SQLException | RuntimeException e) {
        if (local) {
          c.rollback();
        }
        throw e;
      } finally {
        if (local) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not lock the resource link " + resourceLinkRef, e);
    }
  }

  private static String lockedLineItem(Connection c, long resourceLinkRef) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement(LOCK_LINK)) {
      lock.setLong(1, resourceLinkRef);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  /**
   * Makes a failed (or waiting) score of a course due now with a fresh count of attempts; only the
   * learner's latest score of its link. Returns whether there was one.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean retry(long id, long contextRef, Instant now) {
    return update(RETRY, Timestamps.toColumn(now), id, contextRef) == 1;
  }

  /** The latest score of every learner on every link of the course. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Status> course(long contextRef) {
    List<Status> statuses = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(COURSE)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          statuses.add(
              new Status(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getBigDecimal(6).doubleValue(),
                  row.getBigDecimal(7).doubleValue(),
                  row.getString(8),
                  row.getInt(9),
                  (Integer) row.getObject(10, Integer.class),
                  row.getString(11),
                  instant(row.getTimestamp(12)),
                  instant(row.getTimestamp(13)),
                  instant(row.getTimestamp(14)),
                  row.getLong(15)));
        }
      }
      return statuses;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the course's scores", e);
    }
  }

  /** The links of the course placed as graded. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GradedLinkOfCourse> gradedLinks(long contextRef) {
    List<GradedLinkOfCourse> links = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(GRADED_LINKS)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          links.add(
              new GradedLinkOfCourse(
                  row.getLong(1),
                  row.getLong(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getString(6)));
        }
      }
      return links;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the course's graded links", e);
    }
  }

  /** How many rows stand in each status (for tests and the benchmark). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Map<String, Long> countByStatus() {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(COUNT);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        counts.put(row.getString(1), row.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("could not count the outbox", e);
    }
  }

  private void finish(long id, String status, Instant now, Integer httpStatus, String message) {
    try {
      OUTBOX.finish(dataSource, id, status, now, message, httpStatus);
    } catch (SQLException e) {
      throw new IllegalStateException("could not update the score outbox", e);
    }
  }

  private int update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setObject(i + 1, parameters[i]);
      }
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not update the score outbox", e);
    }
  }

  private static Claimed claimed(ResultSet row) throws SQLException {
    return new Claimed(
        row.getLong(1),
        row.getLong(2),
        row.getLong(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getBigDecimal(8).doubleValue(),
        row.getBigDecimal(9).doubleValue(),
        row.getString(10),
        instant(row.getTimestamp(11)),
        row.getInt(12),
        row.getString(13),
        row.getString(14),
        row.getString(15),
        row.getString(16));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : Timestamps.fromColumn(timestamp.toLocalDateTime());
  }
}
