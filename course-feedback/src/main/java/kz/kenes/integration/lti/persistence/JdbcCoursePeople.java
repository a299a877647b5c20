package kz.kenes.integration.lti.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.SqlDialect;

/**
 * Writes who launched from which course ({@code lti_course_person}, V48) in batches: one JDBC batch
 * in one transaction for many launches, sent to the database in one round trip (the launches
 * themselves no longer write the row; LtiCoursePeople, ADR 0039). A row is inserted, or its role
 * and time refreshed; an older launch never overwrites a newer one, and a launch whose course or
 * user was deleted meanwhile writes nothing (the launch warm-up deletes its own at its end).
 */
@ApplicationScoped
public class JdbcCoursePeople {

  /** One launch from a course, as written. */
  public record Launched(long contextRef, long userRef, String kenesRole, LocalDateTime at) {}

  private static final String SOURCE =
      "select cast(? as bigint) as context_ref, cast(? as bigint) as user_ref,"
          + " cast(? as varchar(16)) as kenes_role, cast(? as timestamp) as launched_at"
          + " where exists (select 1 from lti_context where id = ?)"
          + " and exists (select 1 from lti_user where id = ?)";

  /** PostgreSQL: two nodes writing the same new person at once cannot make the batch fail. */
  static final String UPSERT_POSTGRESQL =
      "insert into lti_course_person"
          + " (context_ref, user_ref, kenes_role, first_launch_at, last_launch_at)"
          + " select context_ref, user_ref, kenes_role, launched_at, launched_at from ("
          + SOURCE
          + ") s on conflict (context_ref, user_ref) do update"
          + " set kenes_role = excluded.kenes_role, last_launch_at = excluded.last_launch_at"
          + " where lti_course_person.last_launch_at <= excluded.last_launch_at";

  static final String MERGE_H2 =
      "merge into lti_course_person t using ("
          + SOURCE
          + ") s on t.context_ref = s.context_ref and t.user_ref = s.user_ref"
          + " when matched and t.last_launch_at <= s.launched_at then update"
          + " set kenes_role = s.kenes_role, last_launch_at = s.launched_at"
          + " when not matched then insert"
          + " (context_ref, user_ref, kenes_role, first_launch_at, last_launch_at)"
          + " values (s.context_ref, s.user_ref, s.kenes_role, s.launched_at, s.launched_at)";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  /** Writes the launches in one transaction of their own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(Collection<Launched> launches) {
    if (launches.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      String sql = SqlDialect.of(c) == SqlDialect.POSTGRESQL ? UPSERT_POSTGRESQL : MERGE_H2;
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        for (Launched launch : launches) {
          statement.setLong(1, launch.contextRef());
          statement.setLong(2, launch.userRef());
          statement.setString(3, launch.kenesRole());
          statement.setTimestamp(4, Timestamp.valueOf(launch.at()));
          statement.setLong(5, launch.contextRef());
          statement.setLong(6, launch.userRef());
          statement.addBatch();
        }
        statement.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not write " + launches.size() + " course people", e);
    }
  }
}
