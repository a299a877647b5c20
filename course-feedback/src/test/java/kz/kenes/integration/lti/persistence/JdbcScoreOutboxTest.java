package kz.kenes.integration.lti.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The score outbox's SQL on H2 and PostgreSQL (a fresh schema at {@value #PG_URL}, dropped
 * afterwards; skipped when none answers): a newer score supersedes the learner's pending one,
 * claiming leases due rows and skips rows another worker holds, outcomes are written only while a
 * row is pending, a failed score can be retried, the course view shows each learner's latest.
 */
class JdbcScoreOutboxTest {

  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(1);

  private final String schema =
      "outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private String kind;
  private final JdbcScoreOutbox outbox = new JdbcScoreOutbox();

  @AfterEach
  void drop() {
    if ("postgres".equals(kind)) {
      execute("drop schema " + schema + " cascade");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aNewerScoreSupersedesThePendingOneAndOnlyTheLatestIsClaimed(String kind)
      throws SQLException {
    open(kind);
    outbox.add(score(1, 0.0, T0), T0);
    outbox.add(score(1, 1.0, T0.plusSeconds(5)), T0.plusSeconds(5));
    outbox.add(score(2, 1.0, T0), T0);

    List<JdbcScoreOutbox.Claimed> claimed = outbox.claim(T0.plusSeconds(10), LEASE, 10);

    assertThat(claimed)
        .extracting(JdbcScoreOutbox.Claimed::userId)
        .containsExactlyInAnyOrder("sub-1", "sub-2");
    assertThat(claimed)
        .filteredOn(c -> c.userId().equals("sub-1"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.scoreGiven()).isEqualTo(1.0);
              assertThat(c.attempts()).isEqualTo(1);
              assertThat(c.agsScope()).isEqualTo("score");
              assertThat(c.linkId()).isEqualTo("link-1");
            });
    assertThat(outbox.countByStatus()).containsEntry("superseded", 1L).containsEntry("pending", 2L);
    // leased: not due again before the lease ends
    assertThat(outbox.claim(T0.plusSeconds(20), LEASE, 10)).isEmpty();
    assertThat(outbox.claim(T0.plusSeconds(10).plus(LEASE), LEASE, 10)).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void rowsAnotherWorkerHoldsAreSkipped(String kind) throws SQLException {
    DataSource dataSource = open(kind);
    outbox.add(score(1, 1.0, T0), T0);
    outbox.add(score(2, 1.0, T0), T0);
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      List<Long> held = new ArrayList<>();
      try (PreparedStatement lock =
              other.prepareStatement(
                  "select id from lti_score_outbox where user_ref = 1 for update");
          ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          held.add(rows.getLong(1));
        }
      }
      assertThat(held).hasSize(1);
      assertThat(outbox.claim(T0, LEASE, 10))
          .extracting(JdbcScoreOutbox.Claimed::userId)
          .containsExactly("sub-2");
      other.rollback();
    }
    assertThat(outbox.claim(T0, LEASE, 10))
        .extracting(JdbcScoreOutbox.Claimed::userId)
        .containsExactly("sub-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void outcomesAreWrittenWhilePendingAndAFailedScoreCanBeRetried(String kind) throws SQLException {
    open(kind);
    outbox.add(score(1, 1.0, T0), T0);
    long id = outbox.claim(T0, LEASE, 10).get(0).id();
    outbox.failed(id, T0, 404, "line item not found");
    outbox.delivered(id, T0); // not pending any more: ignored

    JdbcScoreOutbox.Status failed = outbox.course(1).get(0);
    assertThat(failed.status()).isEqualTo("failed");
    assertThat(failed.lastStatus()).isEqualTo(404);
    assertThat(failed.lastError()).isEqualTo("line item not found");
    assertThat(failed.learnerSub()).isEqualTo("sub-1");

    assertThat(outbox.retry(id, 2, T0)).as("another course").isFalse();
    assertThat(outbox.retry(id, 1, T0.plusSeconds(1))).isTrue();
    JdbcScoreOutbox.Claimed again = outbox.claim(T0.plusSeconds(1), LEASE, 10).get(0);
    assertThat(again.id()).isEqualTo(id);
    assertThat(again.attempts()).isEqualTo(1);
    outbox.retryAt(id, T0.plusSeconds(30), 503, "busy");
    assertThat(outbox.claim(T0.plusSeconds(29), LEASE, 10)).isEmpty();
    assertThat(outbox.claim(T0.plusSeconds(30), LEASE, 10)).hasSize(1);
    outbox.delivered(id, T0.plusSeconds(31));
    assertThat(outbox.course(1))
        .singleElement()
        .extracting(JdbcScoreOutbox.Status::status)
        .isEqualTo("delivered");
    assertThat(outbox.retry(id, 1, T0)).as("delivered").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void twoWorkersAskingForANewLinksLineItemCreateItOnce(String kind) throws Exception {
    open(kind);
    java.util.concurrent.atomic.AtomicInteger created =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch firstInside = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.function.Supplier<String> slowCreation =
        () -> {
          int n = created.incrementAndGet();
          firstInside.countDown();
          try {
            release.await(5, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "https://lms/lineitems/" + n;
        };
    java.util.concurrent.ExecutorService workers =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = workers.submit(() -> outbox.lineItemOnce(1, slowCreation));
      assertThat(firstInside.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      var second = workers.submit(() -> outbox.lineItemOnce(1, slowCreation));
      Thread.sleep(300); // the second waits on the link's row (H2: or gives up the attempt)
      release.countDown();
      assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS))
          .isEqualTo("https://lms/lineitems/1");
      String secondAnswer;
      try {
        secondAnswer = second.get(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException lockTimeout) {
        // H2's lock wait can end before the first commits: that attempt fails, the next reads it
        secondAnswer = outbox.lineItemOnce(1, slowCreation);
      }
      assertThat(secondAnswer).isEqualTo("https://lms/lineitems/1");
      assertThat(created).hasValue(1);
      assertThat(outbox.lineItemOnce(1, slowCreation)).isEqualTo("https://lms/lineitems/1");
    } finally {
      workers.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFailedCreationStoresNothingAndReleasesTheLink(String kind) throws SQLException {
    open(kind);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                outbox.lineItemOnce(
                    1,
                    () -> {
                      throw new IllegalStateException("platform down");
                    }))
        .hasMessage("platform down");
    assertThat(outbox.lineItemOnce(1, () -> "https://lms/lineitems/7"))
        .isEqualTo("https://lms/lineitems/7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theCoursesGradedLinksCarryTheirScopesAndLineItem(String kind) throws SQLException {
    open(kind);
    assertThat(outbox.gradedLinks(1))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.activity()).isEqualTo("survey:1");
              assertThat(l.agsScope()).isEqualTo("score");
              assertThat(l.lineItem()).isNull();
            });
    outbox.rememberLineItem(1, "https://lms/lineitems/3");
    assertThat(outbox.gradedLinks(1).get(0).lineItem()).isEqualTo("https://lms/lineitems/3");
    assertThat(outbox.gradedLinks(2)).isEmpty();
  }

  private static JdbcScoreOutbox.NewScore score(long user, double given, Instant at) {
    return new JdbcScoreOutbox.NewScore(1, 1, user, "survey:1", given, 1, "Completed", at);
  }

  private DataSource open(String kind) throws SQLException {
    this.kind = kind;
    DataSource dataSource;
    if (kind.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      dataSource = h2;
    } else {
      assumeTrue(postgresAvailable(), "PostgreSQL is not running at " + PG_URL);
      execute("create schema " + schema);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(PG_URL + "?currentSchema=" + schema);
      pg.setUser("postgres");
      dataSource = pg;
    }
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into platform_registration (id, name, issuer, client_id, auth_login_url,"
              + " access_token_url, jwks_url, created_at, updated_at) values (1, 'p', 'https://lms',"
              + " 'c', 'https://lms/a', 'https://lms/t', 'https://lms/j', current_timestamp,"
              + " current_timestamp)");
      for (int ctx = 1; ctx <= 2; ctx++) {
        s.execute(
            "insert into lti_context (id, registration_id, deployment_id, context_id, created_at,"
                + " updated_at) values ("
                + ctx
                + ", 1, 'd', 'c"
                + ctx
                + "', current_timestamp, current_timestamp)");
      }
      s.execute(
          "insert into lti_resource_link (id, registration_id, deployment_id, context_ref, link_id,"
              + " title, created_at, updated_at, ags_scope, kenes_activity, kenes_grade) values (1,"
              + " 1, 'd', 1, 'link-1', 'Survey', current_timestamp, current_timestamp, 'score',"
              + " 'survey:1', 'participation')");
      for (int user = 1; user <= 2; user++) {
        s.execute(
            "insert into lti_user (id, registration_id, subject, created_at, last_launch_at)"
                + " values ("
                + user
                + ", 1, 'sub-"
                + user
                + "', current_timestamp, current_timestamp)");
      }
    }
    outbox.dataSource = dataSource;
    outbox.ownTransactions = true;
    return dataSource;
  }

  private static boolean postgresAvailable() {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
