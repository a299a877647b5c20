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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.SurveyReports;
import kz.kenes.analytics.persistence.JdbcReportQueries;
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
        timeQueries(db, surveyId, warmup, runs, explain);
      }
    }
    if (mode.equals("http") || mode.equals("both")) {
      timeEndpoint(baseUrl, adminToken, surveyId, warmup, runs);
    }
  }

  /**
   * The report as the server assembles it ({@link SurveyReports} over {@link JdbcReportQueries}),
   * in this JVM over one JDBC connection: the whole report, and each statement it ran.
   */
  private static void timeQueries(
      Connection db, long surveyId, int warmup, int runs, boolean explain) throws SQLException {
    RecordingDataSource recording = new RecordingDataSource(db);
    SurveyReports reports = new SurveyReports(new JdbcReportQueries(recording.dataSource()));
    long[] whole = new long[runs];
    Map<String, long[]> byStatement = new LinkedHashMap<>();
    List<RecordingDataSource.Execution> last = List.of();
    for (int run = -warmup; run < runs; run++) {
      long start = System.nanoTime();
      reports.report(surveyId, null, null);
      long took = System.nanoTime() - start;
      last = recording.take();
      if (run < 0) {
        continue;
      }
      whole[run] = took;
      Map<String, Long> sums = new LinkedHashMap<>();
      for (RecordingDataSource.Execution e : last) {
        sums.merge(label(e.sql()), e.nanos(), Long::sum);
      }
      int at = run;
      sums.forEach(
          (sql, nanos) -> byStatement.computeIfAbsent(sql, k -> new long[runs])[at] = nanos);
    }
    System.out.printf(
        Locale.ROOT,
        "Report assembled in-process over JDBC (%d statements per report), ms%n",
        last.size());
    print("whole report (queries + statistics)", whole);
    System.out.println("  by statement, summed over the rounds (p50 order):");
    byStatement.entrySet().stream()
        .sorted(
            (a, b) ->
                Double.compare(
                    FlowRecorder.percentileMillis(sorted(b.getValue()), 50),
                    FlowRecorder.percentileMillis(sorted(a.getValue()), 50)))
        .forEach(e -> print("  " + e.getKey(), e.getValue()));
    System.out.println("RESULT sql " + summary(whole));
    if (explain) {
      for (RecordingDataSource.Execution e : last) {
        if (e.nanos() > 5_000_000) {
          System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + e.parameters() + ": " + e.sql());
          System.out.print(recording.explain(e));
        }
      }
    }
  }

  /** A statement's first words after SELECT, enough to tell the report's queries apart. */
  private static String label(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    int from = flat.indexOf(" from ");
    String head = flat.length() > 60 ? flat.substring(0, 60) : flat;
    String table = from < 0 ? "" : flat.substring(from + 1, Math.min(flat.length(), from + 60));
    int where = flat.indexOf(" where ");
    String condition =
        where < 0 ? "" : flat.substring(where + 1, Math.min(flat.length(), where + 50));
    return head + " … " + (table.length() > 0 ? table : "") + " … " + condition;
  }

  private static long[] sorted(long[] nanos) {
    long[] copy = nanos.clone();
    Arrays.sort(copy);
    return copy;
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
    System.out.printf(Locale.ROOT, "  %s%n      %s%n", name, summary(nanos));
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
