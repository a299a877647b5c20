package kz.kenes.bench.survey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import kz.kenes.bench.BenchArgs;
import kz.kenes.bench.FlowRecorder;

/**
 * Times the Table 2 report of one survey, two ways ({@code --mode=sql|http|both}): the report's
 * aggregates ({@link ReportQueries}) run over JDBC one after another, each timed and the whole set
 * timed; and {@code GET /api/surveys/{id}/report} with the admin token against a running Kenes.
 * Each is run {@code --warmup} times unmeasured, then {@code --runs} times; it prints min, p50, p95
 * and max in milliseconds. {@code --explain=true} also prints {@code EXPLAIN (ANALYZE, BUFFERS)} of
 * each query.
 *
 * <pre>
 * mvn -q -Pbench-survey-report process-test-classes -Dbench.surveyId=… -Dbench.mode=both
 * </pre>
 */
public final class SurveyReportTiming {

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args);
    String url = options.string("db-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = options.string("db-user", "postgres");
    String password = options.string("db-password", "");
    URI baseUrl = options.loopbackUrl("base-url", "http://localhost:9080");
    String adminToken = options.string("admin-token", "dev-admin-token");
    long surveyId = options.whole("survey-id", 0, 1, Long.MAX_VALUE);
    String mode = options.string("mode", "sql");
    int warmup = options.integer("warmup", 5, 0, 1000);
    int runs = options.integer("runs", 30, 1, 10_000);
    boolean explain = options.bool("explain", false);
    options.requireAllRead();
    System.out.printf(
        Locale.ROOT,
        "Survey %d report, %d warm-up runs then %d measured; %d cores, Java %s%n",
        surveyId,
        warmup,
        runs,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    if (mode.equals("sql") || mode.equals("both")) {
      try (Connection db = DriverManager.getConnection(url, user, password)) {
        try (Statement limit = db.createStatement()) {
          limit.execute("set statement_timeout = '60s'");
        }
        timeQueries(db, surveyId, warmup, runs);
        if (explain) {
          for (ReportQueries.Query query : ReportQueries.ALL) {
            System.out.println("EXPLAIN (ANALYZE, BUFFERS): " + query.name());
            System.out.print(ReportQueries.explain(db, query, surveyId));
          }
        }
      }
    }
    if (mode.equals("http") || mode.equals("both")) {
      timeEndpoint(baseUrl, adminToken, surveyId, warmup, runs);
    }
  }

  private static void timeQueries(Connection db, long surveyId, int warmup, int runs)
      throws SQLException {
    int queries = ReportQueries.ALL.size();
    long[][] times = new long[queries + 1][runs];
    int[] rows = new int[queries];
    for (int run = -warmup; run < runs; run++) {
      long begin = System.nanoTime();
      for (int q = 0; q < queries; q++) {
        long start = System.nanoTime();
        rows[q] = ReportQueries.ALL.get(q).run(db, surveyId);
        if (run >= 0) {
          times[q][run] = System.nanoTime() - start;
        }
      }
      if (run >= 0) {
        times[queries][run] = System.nanoTime() - begin;
      }
    }
    System.out.println("SQL aggregates over JDBC (ms)");
    for (int q = 0; q < queries; q++) {
      print(
          String.format(Locale.ROOT, "%s (%d rows)", ReportQueries.ALL.get(q).name(), rows[q]),
          times[q]);
    }
    print("all four, one after another", times[queries]);
    System.out.println("RESULT sql " + summary(times[queries]));
  }

  private static void timeEndpoint(
      URI baseUrl, String adminToken, long surveyId, int warmup, int runs) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/surveys/" + surveyId + "/report"))
            .header("Authorization", "Bearer " + adminToken)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .build();
    long[] times = new long[runs];
    int bytes = 0;
    for (int run = -warmup; run < runs; run++) {
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      bytes = response.body().length();
      if (run >= 0) {
        times[run] = took;
      }
    }
    System.out.println("GET /api/surveys/" + surveyId + "/report (ms), " + bytes + " chars");
    print("report endpoint", times);
    System.out.println("RESULT http " + summary(times));
  }

  private static void print(String name, long[] nanos) {
    System.out.printf(Locale.ROOT, "  %-45s %s%n", name, summary(nanos));
  }

  private static String summary(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "min %.1f  p50 %.1f  p95 %.1f  max %.1f",
        sorted[0] / 1e6,
        FlowRecorder.percentileMillis(sorted, 50),
        FlowRecorder.percentileMillis(sorted, 95),
        sorted[sorted.length - 1] / 1e6);
  }
}
