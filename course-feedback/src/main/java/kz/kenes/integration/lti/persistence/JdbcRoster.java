package kz.kenes.integration.lti.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import kz.kenes.platform.activity.CourseRosters;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A course's roster ({@code lti_roster_member}, V17) and its sync state on {@code lti_context}, in
 * plain JDBC. A sync writes every listed member (found by course and {@code sub}) and marks the
 * course's other active members inactive, in one transaction; no member is ever deleted.
 */
@ApplicationScoped
public class JdbcRoster {

  /** A member as a sync writes it. */
  public record Listed(
      String subject, String roles, String kenesRole, boolean active, String name, String email) {}

  /** A member as the roster page shows it. */
  public record Row(
      String subject, String kenesRole, String roles, String status, String name, String email) {}

  /** An active member with the Kenes user it launched as (null when it never launched Kenes). */
  public record Active(String subject, String kenesRole, String name, String email, Long userRef) {}

  /** A course's memberships URL and how its last sync went. */
  public record Course(
      long id,
      long registrationId,
      String membershipsUrl,
      Instant syncedAt,
      String error,
      String title) {}

  private static final String COURSE =
      "select id, registration_id, nrps_memberships_url, roster_synced_at, roster_error,"
          + " coalesce(title, label, context_id) from lti_context where id = ?";
  private static final String UPDATE =
      "update lti_roster_member set roles = ?, kenes_role = ?, status = ?,"
          + " name = coalesce(?, name), email = coalesce(?, email), synced_at = ?"
          + " where context_ref = ? and subject = ?";
  private static final String INSERT =
      "insert into lti_roster_member (roles, kenes_role, status, name, email, synced_at,"
          + " context_ref, subject) values (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String LEFT =
      "update lti_roster_member set status = 'inactive', synced_at = ?"
          + " where context_ref = ? and status = 'active' and synced_at <> ?";
  private static final String SYNCED =
      "update lti_context set roster_synced_at = ?, roster_error = null where id = ?";
  private static final String FAILED = "update lti_context set roster_error = ? where id = ?";
  private static final String MEMBERS =
      "select subject, kenes_role, roles, status, name, email from lti_roster_member"
          + " where context_ref = ? order by status, kenes_role, coalesce(name, subject), subject";
  private static final String ENROLLED =
      "select m.kenes_role, u.id from lti_roster_member m"
          + " join lti_context c on c.id = m.context_ref"
          + " left join lti_user u on u.registration_id = c.registration_id and u.subject = m.subject"
          + " where m.context_ref = ? and m.status = 'active' and c.roster_synced_at is not null";
  private static final String ACTIVE =
      "select m.subject, m.kenes_role, m.name, m.email, u.id from lti_roster_member m"
          + " join lti_context c on c.id = m.context_ref"
          + " left join lti_user u on u.registration_id = c.registration_id and u.subject = m.subject"
          + " where m.context_ref = ? and m.status = 'active'"
          + " order by m.kenes_role, coalesce(m.name, m.subject), m.subject";
  private static final String COUNTS =
      "select kenes_role, count(*) from lti_roster_member where context_ref = ?"
          + " and status = 'active' group by kenes_role";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  public JdbcRoster() {}

  public JdbcRoster(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Optional<Course> course(long contextRef) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(COURSE)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Course(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                instant(row.getTimestamp(4)),
                row.getString(5),
                row.getString(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the course's roster state", e);
    }
  }

  /**
   * Writes a sync's members, marks the course's members it did not list inactive, and records the
   * sync, all in one transaction.
   *
   * @return how many members were marked inactive because the platform no longer lists them
   */
  @Transactional
  public int replace(long contextRef, List<Listed> members, Instant now) {
    Object at = Timestamps.toColumn(now);
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(UPDATE);
        PreparedStatement insert = c.prepareStatement(INSERT);
        PreparedStatement left = c.prepareStatement(LEFT);
        PreparedStatement synced = c.prepareStatement(SYNCED)) {
      for (Listed m : members) {
        bind(update, m, at, contextRef);
        if (update.executeUpdate() == 0) {
          bind(insert, m, at, contextRef);
          insert.executeUpdate();
        }
      }
      left.setObject(1, at);
      left.setLong(2, contextRef);
      left.setObject(3, at);
      int gone = left.executeUpdate();
      synced.setObject(1, at);
      synced.setLong(2, contextRef);
      synced.executeUpdate();
      return gone;
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the course's roster", e);
    }
  }

  /** Records why the last sync failed (the platform's message, cut to the column). */
  public void failed(long contextRef, String error) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement failed = c.prepareStatement(FAILED)) {
      failed.setString(1, cut(error, 600));
      failed.setLong(2, contextRef);
      failed.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the roster sync's failure", e);
    }
  }

  public List<Row> members(long contextRef) {
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(MEMBERS)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              new Row(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getString(6)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the course's roster", e);
    }
  }

  /** The course's active members, each with the Kenes user it launched as. */
  public List<Active> active(long contextRef) {
    List<Active> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(ACTIVE)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long ref = row.getLong(5);
          rows.add(
              new Active(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.wasNull() ? null : ref));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the course's active members", e);
    }
  }

  /** Active members per Kenes role (learner, instructor, admin); empty without a roster. */
  public Map<String, Integer> activeByRole(long contextRef) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(COUNTS)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          counts.put(row.getString(1), row.getInt(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("could not count the course's roster", e);
    }
  }

  /**
   * Active members per Kenes role with the user refs of those who launched Kenes; empty when the
   * course's roster was never synced.
   */
  public Optional<Map<String, CourseRosters.Enrolled>> enrolled(long contextRef) {
    Optional<Course> course = course(contextRef);
    if (course.isEmpty() || course.get().syncedAt() == null) {
      return Optional.empty();
    }
    Map<String, Integer> members = new LinkedHashMap<>();
    Map<String, Set<Long>> refs = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(ENROLLED)) {
      select.setLong(1, contextRef);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String role = row.getString(1);
          members.merge(role, 1, Integer::sum);
          Set<Long> known = refs.computeIfAbsent(role, r -> new HashSet<>());
          long ref = row.getLong(2);
          if (!row.wasNull()) {
            known.add(ref);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the course's enrolment", e);
    }
    Map<String, CourseRosters.Enrolled> enrolled = new LinkedHashMap<>();
    members.forEach((role, n) -> enrolled.put(role, new CourseRosters.Enrolled(n, refs.get(role))));
    return Optional.of(enrolled);
  }

  private static void bind(PreparedStatement s, Listed m, Object at, long contextRef)
      throws SQLException {
    s.setString(1, cut(m.roles(), 2000));
    s.setString(2, m.kenesRole());
    s.setString(3, m.active() ? "active" : "inactive");
    s.setString(4, cut(m.name(), 300));
    s.setString(5, cut(m.email(), 320));
    s.setObject(6, at);
    s.setLong(7, contextRef);
    s.setString(8, cut(m.subject(), 255));
  }

  private static String cut(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = value.replace("\u0000", "");
    return clean.length() > max ? clean.substring(0, max) : clean;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : Timestamps.fromColumn(t.toLocalDateTime());
  }
}
