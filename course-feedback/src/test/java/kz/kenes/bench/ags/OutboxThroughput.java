package kz.kenes.bench.ags;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ags.AgsScopes;
import kz.kenes.lti.services.ags.GradeService;
import kz.kenes.lti.services.ags.Score;
import kz.kenes.lti.testing.FakeAgsPlatform;
import kz.kenes.lti.testing.TestKeys;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The score outbox's delivery rate and the token cache's cost, outside the server: scores added to
 * {@code lti_score_outbox} (H2 in memory or a fresh PostgreSQL schema, dropped afterwards), then
 * delivered by 1, 2 and 4 workers doing what {@code ScoreDelivery} does (claim 20 with {@code FOR
 * UPDATE SKIP LOCKED}, publish, mark delivered) to a fake AGS platform on loopback; then the cost
 * of a cached token against a token request (assertion signed, form posted, verified by the fake).
 *
 * <p>{@code mvn -q -Pbench-ags process-test-classes -Dbench.db=h2|postgres -Dbench.scores=2000}
 */
public final class OutboxThroughput {

  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  public static void main(String[] args) throws Exception {
    String db = arg(args, "db", "h2");
    int scores = Integer.parseInt(arg(args, "scores", "2000"));
    String schema = "bench_ags_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    DataSource dataSource = open(db, schema);
    try (FakeAgsPlatform lms =
        FakeAgsPlatform.start("bench", () -> RsaJwk.publicJwkSetJson(List.of(TestKeys.tool())))) {
      PlatformRegistration registration =
          new PlatformRegistration(
              1,
              "bench",
              "https://lms",
              "bench",
              URI.create("https://lms/auth"),
              lms.tokenUrl(),
              URI.create("https://lms/jwks"),
              Set.of("d"));
      URI lineItem = lms.addLineItem("Survey", "survey:1", "link-1");
      seed(dataSource, scores, lineItem);
      AccessTokens tokens =
          new AccessTokens(TestKeys::tool, Clock.systemUTC(), Duration.ofSeconds(10));
      GradeService grades =
          new GradeService(tokens, HttpClient.newHttpClient(), Duration.ofSeconds(10));
      JdbcScoreOutbox outbox = new JdbcScoreOutbox(dataSource);
      System.out.printf(Locale.ROOT, "database %s, %d scores per run%n", db, scores);
      for (int workers : new int[] {1, 2, 4}) {
        double added = add(outbox, scores);
        double delivered = deliver(outbox, grades, registration, workers);
        System.out.printf(
            Locale.ROOT,
            "workers %d: added %.0f scores/s, delivered %.0f scores/s%n",
            workers,
            added,
            delivered);
      }
      tokenCache(tokens, registration);
    } finally {
      if (db.equals("postgres")) {
        execute("drop schema " + schema + " cascade");
      }
    }
  }

  static double add(JdbcScoreOutbox outbox, int scores) {
    long start = System.nanoTime();
    Instant now = Instant.now();
    for (int i = 1; i <= scores; i++) {
      outbox.add(
          new JdbcScoreOutbox.NewScore(1, 1, i, "survey:1", 1, 1, "Completed", now.plusMillis(i)),
          now);
    }
    return scores / seconds(start);
  }

  static double deliver(
      JdbcScoreOutbox outbox, GradeService grades, PlatformRegistration registration, int workers)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger delivered = new AtomicInteger();
    long start = System.nanoTime();
    List<? extends Future<?>> running =
        java.util.stream.IntStream.range(0, workers)
            .mapToObj(
                w ->
                    pool.submit(
                        () -> {
                          while (true) {
                            var due = outbox.claim(Instant.now(), Duration.ofMinutes(1), 20);
                            if (due.isEmpty()) {
                              return;
                            }
                            for (var row : due) {
                              grades.publish(
                                  registration,
                                  List.of(AgsScopes.SCORE, AgsScopes.LINEITEM),
                                  URI.create(row.agsLineItem()),
                                  new Score(
                                      row.userId(),
                                      row.scoreGiven(),
                                      row.scoreMaximum(),
                                      Score.ActivityProgress.Completed,
                                      row.scoredAt()));
                              outbox.delivered(row.id(), Instant.now());
                              delivered.incrementAndGet();
                            }
                          }
                        }))
            .toList();
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return delivered.get() / seconds(start);
  }

  static void tokenCache(AccessTokens tokens, PlatformRegistration registration) {
    Set<String> scopes = Set.of(AgsScopes.SCORE);
    tokens.token(registration, scopes);
    int hits = 1_000_000;
    long start = System.nanoTime();
    for (int i = 0; i < hits; i++) {
      tokens.token(registration, scopes);
    }
    double hitNanos = (System.nanoTime() - start) / (double) hits;
    int misses = 200;
    start = System.nanoTime();
    for (int i = 0; i < misses; i++) {
      tokens.invalidate(registration, scopes, tokens.token(registration, scopes));
    }
    double missMillis = (System.nanoTime() - start) / 1e6 / misses;
    System.out.printf(
        Locale.ROOT,
        "token: cached %.0f ns, requested %.2f ms (sign + POST + verify on loopback)%n",
        hitNanos,
        missMillis);
  }

  static void seed(DataSource dataSource, int users, URI lineItem) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into platform_registration (id, name, issuer, client_id, auth_login_url,"
              + " access_token_url, jwks_url, created_at, updated_at) values (1, 'b',"
              + " 'https://lms', 'bench', 'https://lms/a', 'https://lms/t', 'https://lms/j',"
              + " current_timestamp, current_timestamp)");
      s.execute(
          "insert into lti_resource_link (id, registration_id, deployment_id, link_id, title,"
              + " created_at, updated_at, ags_scope, ags_lineitem, kenes_activity, kenes_grade)"
              + " values (1, 1, 'd', 'link-1', 'Survey', current_timestamp, current_timestamp,"
              + " 'score', '"
              + lineItem
              + "', 'survey:1', 'participation')");
      c.setAutoCommit(false);
      try (PreparedStatement user =
          c.prepareStatement(
              "insert into lti_user (id, registration_id, subject, created_at, last_launch_at)"
                  + " values (?, 1, ?, current_timestamp, current_timestamp)")) {
        for (int i = 1; i <= users; i++) {
          user.setLong(1, i);
          user.setString(2, "learner-" + i);
          user.addBatch();
        }
        user.executeBatch();
      }
      c.commit();
    }
  }

  static DataSource open(String db, String schema) {
    DataSource dataSource;
    if (db.equals("postgres")) {
      execute("create schema " + schema);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(PG_URL + "?currentSchema=" + schema);
      pg.setUser("postgres");
      dataSource = pg;
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      dataSource = h2;
    }
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }

  static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static String arg(String[] args, String name, String fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return a.substring(name.length() + 3);
      }
    }
    return fallback;
  }
}
