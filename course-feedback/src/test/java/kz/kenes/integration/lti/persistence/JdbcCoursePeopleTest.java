package kz.kenes.integration.lti.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.analytics.persistence.TestDatabase;
import kz.kenes.integration.lti.persistence.JdbcCoursePeople.Launched;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The course people's batch writer on H2 and on PostgreSQL (a fresh schema, dropped afterwards;
 * skipped when none answers): one batch inserts new people and refreshes known ones, skips launches
 * whose course or user is gone without failing, and never lets an older launch overwrite a newer.
 */
class JdbcCoursePeopleTest {

  private static final LocalDateTime T1 = LocalDateTime.parse("2026-12-07T10:00:00");
  private static final LocalDateTime T2 = LocalDateTime.parse("2026-12-07T11:30:00");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void writesABatchAndSkipsWhatIsGone(String kind) throws SQLException {
    TestDatabase database = TestDatabase.ofKind(kind);
    JdbcCoursePeople writer = new JdbcCoursePeople();
    writer.dataSource = database.dataSource;
    try (Connection c = database.dataSource.getConnection()) {
      TestDatabase.insertCourseAndUsers(c, 10, 20, 21);

      writer.write(
          List.of(
              new Launched(10, 20, "LEARNER", T1),
              new Launched(10, 21, "INSTRUCTOR", T1),
              new Launched(11, 20, "LEARNER", T1),
              new Launched(10, 22, "LEARNER", T1)));
      assertThat(rows(c))
          .containsExactly(
              "10 20 LEARNER 2026-12-07T10:00 2026-12-07T10:00",
              "10 21 INSTRUCTOR 2026-12-07T10:00 2026-12-07T10:00");

      writer.write(List.of(new Launched(10, 20, "INSTRUCTOR", T2)));
      writer.write(List.of(new Launched(10, 21, "LEARNER", T1.minusHours(1))));
      writer.write(List.of());
      assertThat(rows(c))
          .containsExactly(
              "10 20 INSTRUCTOR 2026-12-07T10:00 2026-12-07T11:30",
              "10 21 INSTRUCTOR 2026-12-07T10:00 2026-12-07T10:00");
    } finally {
      database.drop();
    }
  }

  private static List<String> rows(Connection c) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select context_ref, user_ref, kenes_role, first_launch_at, last_launch_at"
                    + " from lti_course_person order by context_ref, user_ref")) {
      while (r.next()) {
        rows.add(
            r.getLong(1)
                + " "
                + r.getLong(2)
                + " "
                + r.getString(3)
                + " "
                + r.getTimestamp(4).toLocalDateTime()
                + " "
                + r.getTimestamp(5).toLocalDateTime());
      }
    }
    return rows;
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
