package kz.kenes.bench.crowd;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import kz.kenes.bench.BenchArgs;

/**
 * Checks merges and figures at the scale of the benchmark campaign, against a running Kenes
 * (docs/performance.md, "Crowdsourcing dashboard: 100,000 proposals"). It merges {@code --merges}
 * pairs of shortlisted proposals with votes (the most supported ones, whose voters overlap most;
 * those with co-authors first) through {@code POST /api/proposals/{id}/selection/merge} with the
 * admin token, then merges one earlier target into another (votes that a merge carried are carried
 * again). For each merge it computes from the rows before it ({@link MergeExpectation}) the
 * target's votes, weighted support per group and co-authors, and compares them with the rows after
 * it and with {@code GET /api/proposals/{id}}. Then it compares {@code GET
 * /api/campaigns/{id}/figures} and {@code GET /api/campaign-figures} with Totalks, Outks, Rr and
 * the per-group figures counted here by SQL and in Java, before and after the merges. It prints
 * every mismatch and ends with a non-zero status if there is one.
 */
public final class CampaignScaleCheck {

  private final Connection db;
  private final String bearer;
  private final List<String> failures = new ArrayList<>();
  private int checks;

  private CampaignScaleCheck(Connection db, String bearer) {
    this.db = db;
    this.bearer = bearer;
  }

  public static void main(String[] arguments) throws Exception {
    BenchArgs args = BenchArgs.parse(arguments);
    String url = args.string("db-url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = args.string("db-user", "postgres");
    String password = args.string("db-password", "");
    long campaign = args.whole("campaign-id", 0, 1, Long.MAX_VALUE);
    int merges = args.integer("merges", 20, 1, 1000);
    long seed = args.whole("seed", 20261206, Long.MIN_VALUE, Long.MAX_VALUE);
    args.requireAllRead();
    String token = System.getProperty("kenes.it.admin-token", "dev-admin-token");
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      CampaignScaleCheck check = new CampaignScaleCheck(db, "Bearer " + token);
      check.figures(campaign, "before the merges");
      long started = System.nanoTime();
      List<long[]> pairs = check.pairs(campaign, merges, new Random(seed));
      for (long[] pair : pairs) {
        check.merge(pair[0], pair[1]);
      }
      if (pairs.size() > 1) {
        // an earlier target, with votes carried into it, goes into another target
        check.merge(pairs.get(1)[0], pairs.get(0)[0]);
      }
      System.out.printf(
          Locale.ROOT,
          "%d merges through the API in %.1f s%n",
          pairs.size() + (pairs.size() > 1 ? 1 : 0),
          (System.nanoTime() - started) / 1e9);
      check.figures(campaign, "after the merges");
      System.out.printf(Locale.ROOT, "%d checks, %d failed%n", check.checks, check.failures.size());
      check.failures.forEach(f -> System.out.println("FAILED " + f));
      if (!check.failures.isEmpty()) {
        System.exit(1);
      }
    }
  }

  /** Pairs (target, merged) of open shortlisted proposals: co-authored ones and much voted ones. */
  private List<long[]> pairs(long campaign, int merges, Random random) throws SQLException {
    // half with the most co-authors, half with the most votes (their voters overlap most)
    Set<Long> chosen = new java.util.LinkedHashSet<>();
    for (String order : List.of("contributors", "votes")) {
      try (PreparedStatement st =
          db.prepareStatement(
              "select p.id from campaign_proposal p"
                  + " where p.campaign_id = ? and p.status = 'SHORTLISTED'"
                  + " and p.hidden_reason is null order by (select count(*) from proposal_"
                  + (order.equals("votes") ? "vote" : "contributor")
                  + " x where x.proposal_id = p.id) desc, p.id limit ?")) {
        st.setLong(1, campaign);
        st.setInt(2, 2 * merges);
        try (ResultSet rows = st.executeQuery()) {
          while (rows.next() && chosen.size() < (order.equals("votes") ? 2 * merges : merges)) {
            chosen.add(rows.getLong(1));
          }
        }
      }
    }
    List<Long> candidates = new ArrayList<>(chosen);
    Collections.shuffle(candidates, random);
    List<long[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < candidates.size(); i += 2) {
      pairs.add(new long[] {candidates.get(i), candidates.get(i + 1)});
    }
    return pairs;
  }

  private void merge(long target, long merged) throws SQLException {
    String targetAuthor = author(target);
    MergeExpectation.Expected expected =
        MergeExpectation.of(
            targetAuthor,
            votes(target),
            coAuthors(target),
            author(merged),
            votes(merged),
            coAuthors(merged));
    Map<String, MergeExpectation.Vote> mergedVotesBefore = votes(merged);
    int targetVotesBefore = votes(target).size();
    HttpAnswer answer =
        Http.post(
            "/api/proposals/" + merged + "/selection/merge",
            "application/json",
            "{\"into\": " + target + "}",
            "Authorization",
            bearer);
    expect("merge " + merged + " into " + target + " answers 200", answer.status(), 200);
    if (answer.status() != 200) {
      System.out.println(answer);
      return;
    }
    Map<String, MergeExpectation.Vote> after = votes(target);
    String what = "proposal " + target + " after merging " + merged;
    expect(what + ": votes", after.size(), expected.votes());
    expect(what + ": support by group (rows)", supportByGroup(after), expected.supportByGroup());
    expect(what + ": co-authors (rows)", coAuthors(target), expected.coAuthors());
    expect(what + ": the merged proposal keeps its votes", votes(merged), mergedVotesBefore);
    expect(what + ": merged status", status(merged), "MERGED " + target);
    JsonObject detail =
        Http.get("/api/proposals/" + target, "Accept", "application/json", "Authorization", bearer)
            .json();
    expect(
        what + ": support (API)",
        detail.getJsonNumber("support").bigDecimalValue().stripTrailingZeros(),
        expected.support().stripTrailingZeros());
    Map<String, BigDecimal> apiGroups = new TreeMap<>();
    detail
        .getJsonObject("supportByGroup")
        .forEach(
            (k, v) -> apiGroups.put(k, ((JsonNumber) v).bigDecimalValue().stripTrailingZeros()));
    Map<String, BigDecimal> expectedGroups = new TreeMap<>();
    expected.supportByGroup().forEach((k, v) -> expectedGroups.put(k, v.stripTrailingZeros()));
    expect(what + ": support by group (API)", apiGroups, expectedGroups);
    expect(
        what + ": co-authors (API)",
        new HashSet<>(detail.getJsonObject("coAuthors").keySet()),
        expected.coAuthors());
    System.out.printf(
        Locale.ROOT,
        "merged %d into %d: %d + %d votes -> %d (%d voters of both), %d co-authors%n",
        merged,
        target,
        targetVotesBefore,
        mergedVotesBefore.size(),
        after.size(),
        targetVotesBefore + mergedVotesBefore.size() - after.size(),
        expected.coAuthors().size());
  }

  /** The figures of the API against counts of the rows, made here. */
  private void figures(long campaign, String when) throws SQLException {
    long totalks =
        count(
            "select count(*) from campaign_proposal where campaign_id = ?"
                + " and hidden_reason is null",
            campaign);
    long outks =
        count(
            "select count(*) from campaign_proposal where campaign_id = ?"
                + " and hidden_reason is null and status = 'ACCEPTED'",
            campaign);
    JsonObject api =
        Http.get(
                "/api/campaigns/" + campaign + "/figures",
                "Accept",
                "application/json",
                "Authorization",
                bearer)
            .json();
    JsonObject f = api.getJsonObject("figures");
    String what = "campaign " + campaign + " " + when;
    expect(what + ": Totalks", f.getJsonNumber("totalks").longValue(), totalks);
    expect(what + ": Outks", f.getJsonNumber("outks").longValue(), outks);
    expect(what + ": Rr", decimal(f, "resourceEfficiency"), ratio(outks, totalks));
    expect(what + ": resource intensity", decimal(f, "resourceIntensity"), ratio(totalks, outks));
    Map<String, List<Long>> groups = groups(campaign);
    Map<String, List<Long>> apiGroups = new TreeMap<>();
    for (JsonValue g : api.getJsonArray("groups")) {
      JsonObject o = g.asJsonObject();
      apiGroups.put(
          o.getString("group"),
          List.of(
              o.getJsonNumber("participants").longValue(),
              o.getJsonNumber("proposals").longValue(),
              o.getJsonNumber("accepted").longValue()));
    }
    expect(what + ": per group [participants, proposals, accepted]", apiGroups, groups);
    System.out.printf(
        Locale.ROOT,
        "%s: Totalks %d, Outks %d, Rr %s; groups %s%n",
        what,
        totalks,
        outks,
        ratio(outks, totalks),
        groups);
    overview(campaign, when);
  }

  /** The overview's row of the campaign and its university's total, against SQL. */
  private void overview(long campaign, String when) throws SQLException {
    JsonObject api =
        Http.get("/api/campaign-figures", "Accept", "application/json", "Authorization", bearer)
            .json();
    String university = null;
    long[] universityTotal = new long[3];
    try (PreparedStatement st =
        db.prepareStatement(
            "select u.name, count(distinct c.id),"
                + " count(p.id) filter (where p.hidden_reason is null),"
                + " count(p.id) filter (where p.hidden_reason is null and p.status = 'ACCEPTED')"
                + " from campaign c join university u on u.id = c.university_id"
                + " left join campaign_proposal p on p.campaign_id = c.id"
                + " where c.university_id = (select university_id from campaign where id = ?)"
                + " group by u.name")) {
      st.setLong(1, campaign);
      try (ResultSet rows = st.executeQuery()) {
        rows.next();
        university = rows.getString(1);
        universityTotal = new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4)};
      }
    }
    for (JsonValue t : api.getJsonArray("byUniversity")) {
      JsonObject o = t.asJsonObject();
      if (o.getString("key").equals(university)) {
        JsonObject f = o.getJsonObject("figures");
        expect(
            "university " + university + " " + when + ": [campaigns, Totalks, Outks]",
            List.of(
                o.getJsonNumber("campaigns").longValue(),
                f.getJsonNumber("totalks").longValue(),
                f.getJsonNumber("outks").longValue()),
            List.of(universityTotal[0], universityTotal[1], universityTotal[2]));
        expect(
            "university " + university + " " + when + ": Rr",
            decimal(f, "resourceEfficiency"),
            ratio(universityTotal[2], universityTotal[1]));
        return;
      }
    }
    expect("the overview has university " + university, false, true);
  }

  /** Per group: distinct participants (proposed, commented, voted), proposals, accepted. */
  private Map<String, List<Long>> groups(long campaign) throws SQLException {
    Map<String, Set<String>> people = new HashMap<>();
    Map<String, long[]> counts = new TreeMap<>();
    query(
        "select group_code, author_key, hidden_reason is null, status from campaign_proposal"
            + " where campaign_id = ?",
        campaign,
        rows -> {
          String group = rows.getString(1);
          people.computeIfAbsent(group, g -> new HashSet<>()).add(rows.getString(2));
          if (rows.getBoolean(3)) {
            long[] c = counts.computeIfAbsent(group, g -> new long[2]);
            c[0]++;
            c[1] += rows.getString(4).equals("ACCEPTED") ? 1 : 0;
          }
        });
    query(
        "select c.group_code, c.author_key from proposal_comment c, campaign_proposal p"
            + " where c.proposal_id = p.id and p.campaign_id = ?",
        campaign,
        rows ->
            people.computeIfAbsent(rows.getString(1), g -> new HashSet<>()).add(rows.getString(2)));
    query(
        "select group_code, voter_key from proposal_vote where campaign_id = ?",
        campaign,
        rows ->
            people.computeIfAbsent(rows.getString(1), g -> new HashSet<>()).add(rows.getString(2)));
    Map<String, List<Long>> groups = new TreeMap<>();
    Set<String> codes = new HashSet<>(people.keySet());
    codes.addAll(counts.keySet());
    for (String g : codes) {
      long[] c = counts.getOrDefault(g, new long[2]);
      groups.put(g, List.of((long) people.getOrDefault(g, Set.of()).size(), c[0], c[1]));
    }
    return groups;
  }

  private static BigDecimal ratio(long dividend, long divisor) {
    return divisor == 0
        ? null
        : BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal decimal(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name)
        ? o.getJsonNumber(name).bigDecimalValue().setScale(4, RoundingMode.UNNECESSARY)
        : null;
  }

  private Map<String, MergeExpectation.Vote> votes(long proposal) throws SQLException {
    Map<String, MergeExpectation.Vote> votes = new LinkedHashMap<>();
    query(
        "select voter_key, group_code, weight from proposal_vote where proposal_id = ?",
        proposal,
        rows ->
            votes.put(
                rows.getString(1),
                new MergeExpectation.Vote(
                    rows.getString(2), rows.getBigDecimal(3).stripTrailingZeros())));
    return votes;
  }

  private static Map<String, BigDecimal> supportByGroup(Map<String, MergeExpectation.Vote> votes) {
    Map<String, BigDecimal> byGroup = new TreeMap<>();
    votes.values().forEach(v -> byGroup.merge(v.group(), v.weight(), BigDecimal::add));
    return byGroup;
  }

  private Set<String> coAuthors(long proposal) throws SQLException {
    Set<String> keys = new HashSet<>();
    query(
        "select member_key from proposal_contributor where proposal_id = ?",
        proposal,
        rows -> keys.add(rows.getString(1)));
    return keys;
  }

  private String author(long proposal) throws SQLException {
    String[] author = new String[1];
    query(
        "select author_key from campaign_proposal where id = ?",
        proposal,
        rows -> author[0] = rows.getString(1));
    return author[0];
  }

  private String status(long proposal) throws SQLException {
    String[] status = new String[1];
    query(
        "select status, merged_into from campaign_proposal where id = ?",
        proposal,
        rows -> status[0] = rows.getString(1) + " " + rows.getLong(2));
    return status[0];
  }

  private long count(String sql, long id) throws SQLException {
    long[] n = new long[1];
    query(sql, id, rows -> n[0] = rows.getLong(1));
    return n[0];
  }

  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, long id, RowReader reader) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setFetchSize(10_000);
      st.setLong(1, id);
      try (ResultSet rows = st.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  private void expect(String what, Object actual, Object expected) {
    checks++;
    if (!java.util.Objects.equals(actual, expected)) {
      failures.add(what + ": expected " + expected + " but was " + actual);
    }
  }
}
