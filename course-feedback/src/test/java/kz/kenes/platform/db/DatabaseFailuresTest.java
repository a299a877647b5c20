package kz.kenes.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseFailuresTest {

  /** Liberty's pool wait timeout has this shape: a SQLTransientConnectionException subclass. */
  static class ConnectionWaitTimeoutException extends SQLTransientConnectionException {
    ConnectionWaitTimeoutException() {
      super("J2CA0045E: Connection not available while invoking method createOrWaitForConnection");
    }
  }

  /** EclipseLink's DatabaseException: a RuntimeException whose cause is the driver's exception. */
  static RuntimeException jpa(Throwable driver) {
    RuntimeException eclipseLink = new RuntimeException("Exception [EclipseLink-4002]", driver);
    return new PersistenceException(eclipseLink);
  }

  @ParameterizedTest
  @ValueSource(strings = {"08001", "08003", "08006", "57P01", "57P03"})
  void connectionSqlStatesUnderJpaAreUnavailable(String sqlState) {
    assertThat(DatabaseFailures.isUnavailable(jpa(new SQLException("down", sqlState)))).isTrue();
  }

  @Test
  void thePoolsWaitTimeoutIsATimeoutNotAnOutage() {
    assertThat(DatabaseFailures.isUnavailable(jpa(new ConnectionWaitTimeoutException())))
        .as("a busy pool is load, not a database gone")
        .isFalse();
    assertThat(DatabaseFailures.isTimeout(jpa(new ConnectionWaitTimeoutException()))).isTrue();
  }

  @Test
  void aRefusedOrTimedOutSocketUnderAnyWrapperIsUnavailable() {
    SQLException refused = new SQLException("Connection refused", (String) null);
    refused.initCause(new ConnectException("Connection refused"));
    assertThat(DatabaseFailures.isUnavailable(new TransactionalException("tx", jpa(refused))))
        .isTrue();
    assertThat(
            DatabaseFailures.isUnavailable(
                new IllegalStateException(new SocketTimeoutException("Read timed out"))))
        .isTrue();
  }

  @Test
  void aConnectionFailureInTheNextExceptionChainCounts() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "null");
    batch.setNextException(new SQLException("I/O error", "08006"));
    assertThat(DatabaseFailures.isUnavailable(jpa(batch))).isTrue();
  }

  @Test
  void aRequestsOwnMistakeIsNotTheDatabasesFailure() {
    assertThat(
            DatabaseFailures.isUnavailable(
                jpa(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad"))).isFalse();
    assertThat(DatabaseFailures.isTimeout(jpa(new SQLException("syntax", "42601")))).isFalse();
  }

  @Test
  void aStatementPastItsQueryTimeoutIsATimeoutNotAnOutage() {
    RuntimeException cancelled = jpa(new SQLException("canceling statement", "57014"));
    assertThat(DatabaseFailures.isTimeout(cancelled)).isTrue();
    assertThat(DatabaseFailures.isUnavailable(cancelled)).isFalse();
    assertThat(DatabaseFailures.isTimeout(jpa(new SQLTimeoutException("timeout")))).isTrue();
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(DatabaseFailures.isUnavailable(a)).isFalse();
  }

  @Test
  void theSummaryNamesTheDriversExceptionAndItsStateButNoMessage() {
    SQLException refused = new SQLException("Connection to 10.0.0.5:5432 refused", "08001");
    refused.initCause(new ConnectException("Connection refused"));
    assertThat(DatabaseFailures.summary(jpa(refused)))
        .isEqualTo("SQLException SQLState 08001, ConnectException")
        .doesNotContain("10.0.0.5");
  }
}
