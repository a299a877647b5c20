package kz.kenes.integration.lti.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kz.kenes.analytics.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A registration's delete on H2 and on PostgreSQL (skipped when none answers), with chunks smaller
 * than its rows so that every chunk loop runs more than once: its users, courses and what hangs on
 * them go, another registration's stay.
 */
class RegistrationDeleteTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void deletesTheRegistrationWithItsUsersAndCoursesInChunksAndNothingElse(String kind)
      throws SQLException {
    TestDatabase database = TestDatabase.ofKind(kind);
    try (Connection c = database.dataSource.getConnection()) {
      TestDatabase.insertCourseAndUsers(c, 10, 20, 21, 22, 23, 24);
      try (Statement s = c.createStatement()) {
        s.execute(
            "insert into platform_registration (id, name, issuer, client_id, auth_login_url,"
                + " access_token_url, jwks_url, created_at, updated_at) values (2, 'r2', 'i2',"
                + " 'c', 'a', 't', 'j', current_timestamp, current_timestamp)");
        for (long context : new long[] {11, 12, 13, 30}) {
          s.execute(
              "insert into lti_context (id, registration_id, deployment_id, context_id,"
                  + " created_at, updated_at) values ("
                  + context
                  + ", "
                  + (context == 30 ? 2 : 1)
                  + ", 'd', 'course"
                  + context
                  + "', current_timestamp, current_timestamp)");
        }
        s.execute(
            "insert into lti_user (id, registration_id, subject, created_at, last_launch_at)"
                + " values (40, 2, 's40', current_timestamp, current_timestamp)");
        for (String pair : new String[] {"10, 20", "11, 21", "30, 40"}) {
          s.execute(
              "insert into lti_course_person (context_ref, user_ref, kenes_role, first_launch_at,"
                  + " last_launch_at) values ("
                  + pair
                  + ", 'LEARNER', current_timestamp, current_timestamp)");
          s.execute(
              "insert into certificate_learner (context_ref, user_ref, display_name, complete,"
                  + " seen_at) values ("
                  + pair
                  + ", 'A Learner', false, current_timestamp)");
        }
      }

      assertThat(RegistrationDelete.delete(c, 1, 2, 2)).isTrue();

      assertThat(count(c, "platform_registration")).isEqualTo(1);
      assertThat(count(c, "lti_user")).isEqualTo(1);
      assertThat(count(c, "lti_context")).isEqualTo(1);
      assertThat(count(c, "lti_course_person")).isEqualTo(1);
      assertThat(count(c, "certificate_learner")).isEqualTo(1);
      assertThat(RegistrationDelete.delete(c, 1)).as("gone already").isFalse();
      assertThat(RegistrationDelete.delete(c, 2)).isTrue();
      assertThat(count(c, "lti_user") + count(c, "lti_context") + count(c, "certificate_learner"))
          .isZero();
    } finally {
      database.drop();
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
