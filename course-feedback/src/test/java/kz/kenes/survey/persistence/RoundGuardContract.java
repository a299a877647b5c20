package kz.kenes.survey.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.kenes.analytics.persistence.TestDatabase;
import kz.kenes.survey.domain.RoundClosed;
import kz.kenes.survey.domain.RoundNotOpen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The round's check and the answer's write are one transaction ({@link RoundGuard}): a close that
 * comes while an answer is being stored waits for that answer's commit, and an answer stored after
 * a close (even one not yet committed when the answer began) is refused. Without the row lock the
 * close would not wait, and an answer checked before the close could commit after it. Run on H2 and
 * on PostgreSQL by the subclasses, with two real connections.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoundGuardContract {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  TestDatabase database;
  long roundId;
  private final ExecutorService closer = Executors.newSingleThreadExecutor();

  abstract TestDatabase open();

  @BeforeAll
  void createRound() throws SQLException {
    database = open();
    try (Connection c = database.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into university (id, code, name, created_at)"
              + " values (1, 'U1', 'Uni', current_timestamp)");
      s.execute(
          "insert into educational_program (id, university_id, code, name, field, created_at)"
              + " values (2, 1, 'P1', 'Program', 'Engineering and IT', current_timestamp)");
      s.execute(
          "insert into survey_instrument (id, code, audience, current_version, created_at)"
              + " values (3, 'I1', null, 1, current_timestamp)");
      s.execute(
          "insert into instrument_version (id, instrument_id, version_number, title, description,"
              + " high_from, dissatisfied_below, created_at)"
              + " values (4, 3, 1, '{\"en\":\"S\"}', '{}', 2.5, 1.5, current_timestamp)");
      s.execute(
          "insert into survey (id, title, instrument_id, program_id, module_id, created_at)"
              + " values (5, 'Survey', 3, 2, null, current_timestamp)");
    }
    roundId = 6;
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into survey_round (id, survey_id, position, kind, label,"
                    + " instrument_version_id, opens_at, closes_at, closed_at, revision_ref,"
                    + " created_at) values (?, 5, 1, 'baseline', 'Round 1', 4, ?, ?, null, null,"
                    + " ?)")) {
      insert.setLong(1, roundId);
      insert.setTimestamp(2, column(NOW.minus(1, ChronoUnit.DAYS)));
      insert.setTimestamp(3, column(NOW.plus(30, ChronoUnit.DAYS)));
      insert.setTimestamp(4, column(NOW.minus(2, ChronoUnit.DAYS)));
      insert.executeUpdate();
    }
  }

  @BeforeEach
  void reopen() throws SQLException {
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("update survey_round set closed_at = null where id = ?")) {
      update.setLong(1, roundId);
      update.executeUpdate();
    }
  }

  @AfterAll
  void dropDatabase() {
    closer.shutdownNow();
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void anOpenRoundTakesTheAnswer() throws SQLException {
    try (Connection answer = transaction()) {
      RoundGuard.requireTakesAnswers(answer, roundId, NOW);
      answer.commit();
    }
  }

  @Test
  void aCloseWaitsForTheAnswerInFlightToCommit() throws Exception {
    try (Connection answer = transaction()) {
      RoundGuard.requireTakesAnswers(answer, roundId, NOW);

      CompletableFuture<Integer> close = closeInOwnTransaction();
      assertThatThrownBy(() -> close.get(700, TimeUnit.MILLISECONDS))
          .as("the close must wait while an answer checked the round and has not committed")
          .isInstanceOf(TimeoutException.class);

      answer.commit();
      assertThat(close.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
    assertThat(closedAt()).isNotNull();
  }

  @Test
  void anAnswerAfterTheCloseIsRefused() throws Exception {
    closeInOwnTransaction().get(10, TimeUnit.SECONDS);
    try (Connection answer = transaction()) {
      assertThatThrownBy(() -> RoundGuard.requireTakesAnswers(answer, roundId, NOW))
          .isInstanceOf(RoundClosed.class);
      answer.rollback();
    }
  }

  @Test
  void anAnswerBegunWhileTheCloseIsUncommittedWaitsAndIsRefused() throws Exception {
    try (Connection closing = transaction()) {
      close(closing);
      CompletableFuture<Throwable> answer =
          CompletableFuture.supplyAsync(
              () -> {
                try (Connection c = transaction()) {
                  RoundGuard.requireTakesAnswers(c, roundId, NOW);
                  c.rollback();
                  return null;
                } catch (Throwable refused) {
                  return refused;
                }
              },
              closer);
      Thread.sleep(300);
      closing.commit();
      assertThat(answer.get(10, TimeUnit.SECONDS)).isInstanceOf(RoundClosed.class);
    }
  }

  @Test
  void aRoundBeforeItsOpeningRefusesAsNotOpen() throws SQLException {
    try (Connection answer = transaction()) {
      Instant early = NOW.minus(3, ChronoUnit.DAYS);
      assertThatThrownBy(() -> RoundGuard.requireTakesAnswers(answer, roundId, early))
          .isInstanceOf(RoundNotOpen.class);
      answer.rollback();
    }
  }

  private CompletableFuture<Integer> closeInOwnTransaction() {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Connection c = transaction()) {
            int updated = close(c);
            c.commit();
            return updated;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        },
        closer);
  }

  private int close(Connection c) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("update survey_round set closed_at = ? where id = ?")) {
      update.setTimestamp(1, column(NOW));
      update.setLong(2, roundId);
      return update.executeUpdate();
    }
  }

  private Object closedAt() throws SQLException {
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement read =
            c.prepareStatement("select closed_at from survey_round where id = ?")) {
      read.setLong(1, roundId);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        return row.getObject(1);
      }
    }
  }

  private Connection transaction() throws SQLException {
    Connection c = database.dataSource.getConnection();
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return c;
  }

  private static Timestamp column(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
