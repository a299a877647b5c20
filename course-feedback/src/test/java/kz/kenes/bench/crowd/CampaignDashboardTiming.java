package kz.kenes.bench.crowd;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.bench.BenchArgs;
import kz.kenes.bench.survey.RecordingDataSource;
import kz.kenes.crowdsourcing.persistence.JdbcCampaignFigureQueries;
import kz.kenes.lti.LtiClaims;

/**
 * Times the crowdsourcing figures over HTTP against a running Kenes, one request at a time
 * (docs/performance.md, "Crowdsourcing dashboard: 100,000 proposals"): the administrators'
 * dashboard page {@code /app/campaign-figures}, its JSON {@code /api/campaign-figures}, the CSV
 * export and one campaign's figures {@code /api/campaigns/{id}/figures}. It registers a test
 * platform for the university, launches an institution administrator, then calls each endpoint once
 * (the first call: cold when the server has just started), {@code --warmup} times unmeasured and
 * {@code --runs} times measured. With {@code --explain=true} it then runs the figures statements
 * ({@link JdbcCampaignFigureQueries} in this JVM over JDBC, and the campaign list the overview
 * reads) and prints each one's time and {@code EXPLAIN (ANALYZE, BUFFERS)}. The server is the one
 * of {@code -Dkenes.it.base-url} (and {@code -Dkenes.it.admin-token}).
 */
public final class CampaignDashboardTiming {

  private CampaignDashboardTiming() {}

  public static void main(String[] arguments) throws Exception {
    BenchArgs args = BenchArgs.parse(arguments);
    String url = args.string("db-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = args.string("db-user", "postgres");
    String password = args.string("db-password", "");
    long university = args.whole("university-id", 0, 1, Long.MAX_VALUE);
    long campaign = args.whole("campaign-id", 0, 1, Long.MAX_VALUE);
    int warmup = args.integer("warmup", 5, 0, 1000);
    int runs = args.integer("runs", 30, 1, 1000);
    boolean explain = args.bool("explain", true);
    args.requireAllRead();
    System.out.printf(Locale.ROOT, "load before: %s%n", load());
    try (TestPlatform platform = TestPlatform.registerFor(university)) {
      String subject = "bench-admin-" + System.nanoTime();
      String admin =
          platform
              .launchIntoCourse(
                  LtiRoles.INSTITUTION_ADMINISTRATOR,
                  "bench-course-" + System.currentTimeMillis(),
                  t ->
                      t.with(LtiClaims.SUB, subject)
                          .with(
                              LtiClaims.RESOURCE_LINK,
                              Map.of("id", "l-" + subject, "title", "Bench")))
              .sessionToken();
      String kt = URLEncoder.encode(Http.pageReference(admin), StandardCharsets.UTF_8);
      String bearer = "Bearer " + admin;
      List<String[]> endpoints = new ArrayList<>();
      endpoints.add(
          new String[] {"dashboard page", "/app/campaign-figures?lang=en&kt=" + kt, null});
      endpoints.add(new String[] {"figures JSON", "/api/campaign-figures", bearer});
      endpoints.add(new String[] {"CSV export", "/api/campaign-figures/csv?kt=" + kt, null});
      endpoints.add(
          new String[] {"campaign figures", "/api/campaigns/" + campaign + "/figures", bearer});
      for (String[] e : endpoints) {
        Timings t = time(e[1], e[2], warmup, runs);
        System.out.printf(Locale.ROOT, "%-18s %s%n", e[0], t.summary());
      }
    }
    System.out.printf(Locale.ROOT, "load after: %s%n", load());
    if (explain) {
      try (Connection db = DriverManager.getConnection(url, user, password)) {
        explainAll(db, university, campaign);
      }
    }
  }

  private static Timings time(String path, String bearer, int warmup, int runs) {
    double first = call(path, bearer);
    for (int i = 0; i < warmup; i++) {
      call(path, bearer);
    }
    double[] warm = new double[runs];
    for (int i = 0; i < runs; i++) {
      warm[i] = call(path, bearer);
    }
    return new Timings(first, warm);
  }

  private static double call(String path, String bearer) {
    long start = System.nanoTime();
    String accept =
        path.contains("/csv")
            ? "text/csv"
            : path.startsWith("/api/") ? "application/json" : "text/html";
    HttpAnswer answer =
        bearer == null
            ? Http.get(path, "Accept", accept)
            : Http.get(path, "Accept", accept, "Authorization", bearer);
    double took = (System.nanoTime() - start) / 1e6;
    if (answer.status() != 200) {
      throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer);
    }
    return took;
  }

  /** Each figures statement as the server runs it, timed, then its plan. */
  private static void explainAll(Connection db, long university, long campaign)
      throws SQLException {
    try (Statement limit = db.createStatement()) {
      limit.execute("set statement_timeout = '120s'");
    }
    RecordingDataSource recording = new RecordingDataSource(db);
    JdbcCampaignFigureQueries queries = new JdbcCampaignFigureQueries(recording.dataSource());
    List<Long> campaigns = new ArrayList<>();
    try (var st =
        db.prepareStatement(
            "select id from campaign where university_id in (?) order by created_at desc, id desc"
                + " limit 1000")) {
      st.setLong(1, university);
      try (var rows = st.executeQuery()) {
        while (rows.next()) {
          campaigns.add(rows.getLong(1));
        }
      }
    }
    for (int i = 0; i < 3; i++) {
      queries.effectiveness(campaigns);
      queries.perGroup(campaign);
      recording.take();
    }
    queries.effectiveness(campaigns);
    queries.perGroup(campaign);
    for (RecordingDataSource.Execution e : recording.take()) {
      System.out.printf(
          Locale.ROOT,
          "%n%.1f ms  %s%n  parameters %s%n",
          e.nanos() / 1e6,
          e.sql().replaceAll("\\s+", " "),
          e.parameters());
      System.out.print(recording.explain(e));
    }
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
