package kz.kenes.bench.crowd;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.bench.BenchArgs;
import kz.kenes.bench.survey.SurveyDataGenerator;
import org.flywaydb.core.Flyway;

/**
 * Writes the crowdsourcing benchmark's data into a Kenes PostgreSQL database (docs/performance.md,
 * "Crowdsourcing dashboard: 100,000 proposals"): a new university with two programs of different
 * fields, one campaign of {@code --proposals} (100,000) proposals by {@code --members} (20,000)
 * people with {@code --votes} (500,000) votes, in stage selection so that the scale check can merge
 * through the API, and four finished campaigns (integration, monitoring) of 1,500 to 5,000
 * proposals on the two programs, so that the per-program, per-field and per-university totals add
 * up several campaigns. It migrates the schema with Kenes's own Flyway scripts, takes its ids from
 * a private range of {@code kenes_seq}, loads with {@code COPY} in one transaction, runs {@code
 * VACUUM ANALYZE} and prints the university and campaign ids.
 *
 * <pre>
 * mvn -q -Pbench-campaign-data process-test-classes
 * </pre>
 */
public final class CampaignDataGenerator {

  private static final String[] ANALYZED = {
    "campaign",
    "campaign_participant",
    "campaign_proposal",
    "proposal_version",
    "proposal_contributor",
    "proposal_comment",
    "proposal_review",
    "proposal_vote"
  };
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_]+)");

  private CampaignDataGenerator() {}

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args);
    String url = options.string("db-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = options.string("db-user", "postgres");
    String password = options.string("db-password", "");
    int proposals = options.integer("proposals", 100_000, 10, 1_000_000);
    int memberCount = options.integer("members", 20_000, 10, 1_000_000);
    long votes = options.whole("votes", 500_000, 0, 10_000_000);
    long seed = options.whole("seed", 20261206, Long.MIN_VALUE, Long.MAX_VALUE);
    options.requireAllRead();
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the campaign benchmark needs PostgreSQL, not " + url);
    }
    migrate(url, user, password);
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    try (Connection db = DriverManager.getConnection(url, props)) {
      long started = System.nanoTime();
      db.setAutoCommit(false);
      List<CampaignWriter.Written> written = new ArrayList<>();
      String runId = Long.toString(System.currentTimeMillis(), 36);
      long university;
      try {
        long reserve = 8L * (proposals + 12_500) + 1_000;
        CampaignWriter.IdRange ids =
            new CampaignWriter.IdRange(SurveyDataGenerator.reserveIds(db, reserve), reserve);
        SplittableRandom random = new SplittableRandom(seed);
        CampaignWriter writer =
            new CampaignWriter(db, random, members(memberCount, ids.next()), Instant.now(), ids);
        university = ids.next();
        writer.insert(
            "insert into university (id, code, name, created_at) values (?, ?, ?, ?)",
            university,
            "CROWD-" + runId.toUpperCase(Locale.ROOT),
            "Crowd Benchmark University " + runId,
            CampaignWriter.ts(Instant.now()));
        long it = program(writer, ids.next(), university, "6B06101", "Engineering and IT");
        long agro =
            program(writer, ids.next(), university, "6B08101", "Agriculture and veterinary");
        written.add(
            writer.write(university, it, "Revise IT (benchmark)", "SELECTION", proposals, votes));
        written.add(writer.write(university, it, "IT 2025", "MONITORING", 3_000, 15_000));
        written.add(writer.write(university, it, "IT 2026 spring", "INTEGRATION", 1_500, 7_500));
        written.add(writer.write(university, agro, "Agro 2025", "MONITORING", 5_000, 25_000));
        written.add(writer.write(university, agro, "Agro 2026", "INTEGRATION", 2_000, 10_000));
        participants(db, written);
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      }
      long loaded = System.nanoTime();
      db.setAutoCommit(true);
      try (Statement analyze = db.createStatement()) {
        for (String table : ANALYZED) {
          analyze.execute("vacuum analyze " + table);
        }
      }
      long analyzed = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "Wrote in %.1f s; VACUUM ANALYZE %.1f s%n",
          (loaded - started) / 1e9,
          (analyzed - loaded) / 1e9);
      for (CampaignWriter.Written w : written) {
        System.out.printf(
            Locale.ROOT,
            "campaign %d (%s): %,d proposals (%,d merged, %,d accepted, %,d hidden),"
                + " %,d votes, %,d comments%n",
            w.campaignId(),
            w.stage(),
            w.proposals(),
            w.merged(),
            w.accepted(),
            w.hidden(),
            w.votes(),
            w.comments());
      }
      System.out.println("UNIVERSITY_ID=" + university);
      System.out.println("CAMPAIGN_ID=" + written.get(0).campaignId());
    }
  }

  /**
   * The participants of the campaigns written ({@code campaign_participant}), counted from their
   * rows by V50's own statement: the server keeps them with each write, COPY goes around it.
   */
  private static void participants(Connection db, List<CampaignWriter.Written> written)
      throws SQLException {
    String ids =
        String.join(", ", written.stream().map(w -> Long.toString(w.campaignId())).toList());
    try (Statement insert = db.createStatement()) {
      insert.executeUpdate(
          "insert into campaign_participant (campaign_id, group_code, member_key, proposals,"
              + " comments, votes) select campaign_id, group_code, member_key, sum(proposals),"
              + " sum(comments), sum(votes) from ("
              + " select p.campaign_id, p.group_code, p.author_key as member_key,"
              + " 1 as proposals, 0 as comments, 0 as votes from campaign_proposal p"
              + " where p.campaign_id in ("
              + ids
              + ") union all select p.campaign_id, c.group_code, c.author_key, 0, 1, 0"
              + " from proposal_comment c join campaign_proposal p on p.id = c.proposal_id"
              + " where p.campaign_id in ("
              + ids
              + ") union all select v.campaign_id, v.group_code, v.voter_key, 0, 0, 1"
              + " from proposal_vote v where v.campaign_id in ("
              + ids
              + ")) u group by campaign_id, group_code, member_key");
    }
  }

  /** {@code count} members: LTI people (learners, staff) and guests of invitation links. */
  static CampaignWriter.Members members(int count, long salt) {
    String[] keys = new String[count];
    String[] groups = new String[count];
    for (int m = 0; m < count; m++) {
      groups[m] = CampaignShape.groupOf(m);
      boolean lti = groups[m].equals("learner") || groups[m].equals("staff");
      // ids of no real user or link: the pages name them "Participant"
      keys[m] =
          lti ? "lti:" + (8_000_000_000_000L + salt * 1_000_000L + m) : "inv:" + salt + ":" + m;
    }
    return new CampaignWriter.Members(keys, groups);
  }

  private static long program(
      CampaignWriter writer, long id, long university, String code, String field)
      throws SQLException {
    writer.insert(
        "insert into educational_program (id, university_id, code, name, field, created_at,"
            + " program_level, languages) values (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        university,
        code,
        field + " (benchmark)",
        field,
        CampaignWriter.ts(Instant.now()),
        "bachelor",
        "kk,ru");
    return id;
  }

  private static void migrate(String url, String user, String password) throws SQLException {
    Matcher schema = CURRENT_SCHEMA.matcher(url);
    if (schema.find()) {
      try (Connection db = DriverManager.getConnection(url, user, password);
          Statement create = db.createStatement()) {
        create.execute("create schema if not exists " + schema.group(1));
      }
    }
    Flyway.configure(CampaignDataGenerator.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
