package kz.kenes.bench.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.bench.BenchArgs;
import org.flywaydb.core.Flyway;

/**
 * Writes one realistic study into a Kenes PostgreSQL database for the survey benchmarks
 * (docs/performance.md, "Surveys: 1,000,000 answers"): a new university and program, an instrument
 * of 20 scale items (2 reversed) with cut-offs 2.5 and 1.5, a survey with a baseline and a
 * follow-up round, three invited groups, and by default 25,000 submitted respondents per round with
 * 20 answers each. It migrates the schema with Kenes's own Flyway scripts first, so it runs against
 * an empty database as well as one a server has migrated, takes its ids from a private range of
 * {@code kenes_seq}, loads with {@code COPY} in one transaction, runs {@code VACUUM ANALYZE} and
 * prints the survey id.
 *
 * <pre>
 * mvn -q -Pbench-survey-data process-test-classes
 * </pre>
 */
public final class SurveyDataGenerator {

  private static final String[] ANALYZED = {
    "university",
    "educational_program",
    "survey_instrument",
    "instrument_version",
    "instrument_item",
    "survey",
    "survey_round",
    "survey_invitation",
    "survey_response",
    "survey_answer"
  };
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_]+)");

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args);
    String url = options.string("db-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = options.string("db-user", "postgres");
    String password = options.string("db-password", "");
    int perRound = options.integer("respondents-per-round", 25_000, 10, 1_000_000);
    int pairedPercent = options.integer("paired-percent", 30, 0, 100);
    long seed = options.whole("seed", 20261123, Long.MIN_VALUE, Long.MAX_VALUE);
    options.requireAllRead();
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the survey benchmark needs PostgreSQL, not " + url);
    }
    migrate(url, user, password);
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("reWriteBatchedInserts", "true");
    try (Connection db = DriverManager.getConnection(url, props)) {
      long started = System.nanoTime();
      StudyWriter.Study study = new StudyWriter(db, seed).write(perRound, pairedPercent);
      long loaded = System.nanoTime();
      // outside the load's transaction: an ANALYZE rolled back with it leaves no statistics
      db.setAutoCommit(true);
      try (Statement analyze = db.createStatement()) {
        for (String table : ANALYZED) {
          // VACUUM sets the visibility map, so that the report's index-only scans need no heap
          // fetches at once, as they would after autovacuum in a running system
          analyze.execute((table.startsWith("survey_") ? "vacuum analyze " : "analyze ") + table);
        }
      }
      long analyzed = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "Wrote university %s: %,d respondents, %,d answers, %,d pairs in %.1f s; VACUUM ANALYZE %.1f s%n",
          study.universityCode(),
          study.respondents(),
          study.answers(),
          study.pairs(),
          (loaded - started) / 1e9,
          (analyzed - loaded) / 1e9);
      System.out.printf(
          Locale.ROOT,
          "Rounds: baseline %d, follow-up %d (open for 30 days); items %s..%s%n",
          study.baselineRound(),
          study.followUpRound(),
          "E01",
          String.format(Locale.ROOT, "E%02d", StudyShape.ITEMS));
      System.out.println("SURVEY_ID=" + study.surveyId());
    }
  }

  /** Kenes's migrations, so that the tables exist even before a server has started. */
  private static void migrate(String url, String user, String password) throws SQLException {
    Matcher schema = CURRENT_SCHEMA.matcher(url);
    if (schema.find()) {
      try (Connection db = DriverManager.getConnection(url, user, password);
          Statement create = db.createStatement()) {
        create.execute("create schema if not exists " + schema.group(1));
      }
    }
    Flyway.configure(SurveyDataGenerator.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** The lowercase hex SHA-256 of a text: how Kenes stores tokens and pair codes. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reserves {@code count} ids of {@code kenes_seq} nobody else will use; returns the first. */
  public static long reserveIds(Connection db, long count) throws SQLException {
    // nextval gives the END of a block of 50 EclipseLink then uses; jumping the sequence past
    // our range (plus one block of margin for a server allocating at the same instant) makes the
    // range ours alone.
    long margin = 50;
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select setval('kenes_seq', nextval('kenes_seq') + " + (count + margin) + ")")) {
      rs.next();
      long end = rs.getLong(1);
      return end - count + 1;
    }
  }
}
