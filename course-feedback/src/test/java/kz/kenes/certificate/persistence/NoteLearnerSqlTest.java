package kz.kenes.certificate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import kz.kenes.analytics.persistence.TestDatabase;
import kz.kenes.certificate.domain.CertificateRepository.LearnerNote;
import kz.kenes.platform.persistence.SqlDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statement that notes a course's learner, on H2 and on PostgreSQL (a fresh schema, dropped
 * afterwards; skipped when none answers): it inserts a new learner, updates a known one, and writes
 * nothing, without failing, when the course or the learner is gone.
 */
class NoteLearnerSqlTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void notesKnownCoursesAndSkipsDeletedOnes(String kind) throws SQLException {
    TestDatabase database = TestDatabase.ofKind(kind);
    String sql =
        JpaCertificateRepository.noteLearnerSql(
            kind.equals("h2") ? SqlDialect.H2 : SqlDialect.POSTGRESQL);
    try (Connection c = database.dataSource.getConnection()) {
      TestDatabase.insertCourseAndUsers(c, 10, 20);

      assertThat(note(c, sql, 10, 20, "Aigerim", false)).isEqualTo(1);
      assertThat(note(c, sql, 10, 20, "Aigerim Sadykova", true)).isEqualTo(1);
      assertThat(row(c)).isEqualTo("Aigerim Sadykova true 1");

      assertThat(note(c, sql, 11, 20, "a deleted course", false)).isZero();
      assertThat(note(c, sql, 10, 21, "a deleted learner", false)).isZero();
      assertThat(row(c)).isEqualTo("Aigerim Sadykova true 1");
    } finally {
      database.drop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void notesABatchInOneGoAndSkipsWhatIsGone(String kind) throws SQLException {
    TestDatabase database = TestDatabase.ofKind(kind);
    JpaCertificateRepository repository = new JpaCertificateRepository();
    repository.dataSource = database.dataSource;
    Instant at = Instant.parse("2026-12-07T10:00:00Z");
    try (Connection c = database.dataSource.getConnection()) {
      TestDatabase.insertCourseAndUsers(c, 10, 20);

      repository.noteLearners(
          List.of(
              new LearnerNote(10, 20, "Aigerim", false, at),
              new LearnerNote(11, 20, "a deleted course", false, at),
              new LearnerNote(10, 21, "a deleted learner", false, at)));
      assertThat(row(c)).isEqualTo("Aigerim false 1");
      repository.noteLearners(List.of(new LearnerNote(10, 20, "Aigerim Sadykova", true, at)));
      repository.noteLearners(List.of());
      assertThat(row(c)).isEqualTo("Aigerim Sadykova true 1");
    } finally {
      database.drop();
    }
  }

  private static int note(
      Connection c, String sql, long course, long learner, String name, boolean complete)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, course);
      s.setLong(2, learner);
      s.setString(3, name);
      s.setBoolean(4, complete);
      s.setTimestamp(5, Timestamp.valueOf("2026-12-06 10:00:00"));
      s.setLong(6, course);
      s.setLong(7, learner);
      return s.executeUpdate();
    }
  }

  private static String row(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select display_name, complete, (select count(*) from certificate_learner)"
                    + " from certificate_learner where context_ref = 10 and user_ref = 20")) {
      assertThat(r.next()).isTrue();
      return r.getString(1) + " " + r.getBoolean(2) + " " + r.getLong(3);
    }
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
