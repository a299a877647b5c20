package kz.kenes.bench.crowd;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one campaign, written with {@code COPY … FROM STDIN} in the caller's transaction: the
 * campaign, its proposals (one original version each), co-authors from merges, comments, expert
 * reviews and votes. Proposal ids rise with their creation time, as in a real campaign.
 */
final class CampaignWriter {

  /** What one campaign got. */
  record Written(
      long campaignId,
      String stage,
      int proposals,
      long votes,
      long comments,
      long merged,
      long accepted,
      long hidden) {}

  private static final DateTimeFormatter COPY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
  private static final String[] WORDS = {
    "drone",
    "mapping",
    "soil",
    "analysis",
    "python",
    "statistics",
    "internship",
    "ethics",
    "robotics",
    "irrigation",
    "veterinary",
    "genetics",
    "data",
    "project",
    "teamwork",
    "kazakh",
    "english",
    "laboratory",
    "practice",
    "employer",
    "safety",
    "economics",
    "marketing",
    "design",
    "network",
    "security",
    "cloud",
    "sensor",
    "climate",
    "water",
    "harvest",
    "machine",
    "learning"
  };

  private final Connection db;
  private final SplittableRandom random;
  private final Members members;
  private final Instant now;
  private final IdRange ids;

  /** The members of a run: keys, groups and their vote counts. */
  record Members(String[] keys, String[] groups) {
    int size() {
      return keys.length;
    }
  }

  /** A private range of {@code kenes_seq} ids. */
  static final class IdRange {
    private long next;
    private final long end;

    IdRange(long first, long count) {
      this.next = first;
      this.end = first + count;
    }

    long next() {
      if (next >= end) {
        throw new IllegalStateException("the reserved id range is used up");
      }
      return next++;
    }
  }

  CampaignWriter(
      Connection db, SplittableRandom random, Members members, Instant now, IdRange ids) {
    this.db = db;
    this.random = random;
    this.members = members;
    this.now = now;
    this.ids = ids;
  }

  Written write(
      long universityId, long programId, String title, String stage, int proposals, long votes)
      throws SQLException {
    long campaign = ids.next();
    Instant started = now.minus(Duration.ofDays(90));
    boolean late = !stage.equals("SELECTION");
    insert(
        "insert into campaign (id, university_id, program_id, module_ids, title, task,"
            + " key_questions, group_codes, governance, votes_per_participant, group_weights,"
            + " minimum_support, stage, engagement_at, collection_at, selection_at, voting_at,"
            + " integration_at, monitoring_at, created_by, created_at, updated_at)"
            + " values (?, ?, ?, '', ?, ?, ?, ?, 'DEMOCRATIC', 100, ?, 10, ?, ?, ?, ?, ?, ?, ?,"
            + " 'admin-token', ?, ?)",
        campaign,
        universityId,
        programId,
        title,
        "Propose how the program should change.",
        "Which competencies are missing?",
        "learner,graduate,employer,applicant,staff",
        "employer=2;graduate=1.5",
        stage,
        ts(started),
        ts(started.plus(Duration.ofDays(7))),
        ts(started.plus(Duration.ofDays(37))),
        late ? ts(started.plus(Duration.ofDays(51))) : null,
        late ? ts(started.plus(Duration.ofDays(65))) : null,
        stage.equals("MONITORING") ? ts(started.plus(Duration.ofDays(80))) : null,
        ts(started),
        ts(now));
    return rows(campaign, stage, started.plus(Duration.ofDays(7)), proposals, votes);
  }

  private Written rows(long campaign, String stage, Instant opens, int count, long totalVotes)
      throws SQLException {
    long[] id = new long[count];
    String[] status = new String[count];
    int[] author = new int[count];
    StringBuilder proposals = new StringBuilder();
    StringBuilder versions = new StringBuilder();
    StringBuilder contributors = new StringBuilder();
    Set<String> coAuthors = new HashSet<>();
    List<Integer> ballot = new ArrayList<>();
    long merged = 0;
    long accepted = 0;
    long hidden = 0;
    long spread = Duration.ofDays(30).toMillis();
    for (int i = 0; i < count; i++) {
      id[i] = ids.next();
      author[i] = random.nextInt(members.size());
      status[i] = i == 0 ? "SHORTLISTED" : CampaignShape.status(random);
      Long into = null;
      if (status[i].equals("MERGED")) {
        int target = random.nextInt(i);
        while (status[target].equals("MERGED")) {
          target = random.nextInt(i);
        }
        into = id[target];
        merged++;
        String key = members.keys()[author[i]];
        if (author[i] != author[target] && coAuthors.add(id[target] + " " + key)) {
          row(contributors, id[target], key, members.groups()[author[i]], id[i]);
        }
      }
      boolean hide =
          status[i].equals("SUBMITTED") && random.nextInt(100) < CampaignShape.HIDDEN_PERCENT;
      hidden += hide ? 1 : 0;
      boolean decided = status[i].equals("ACCEPTED") || status[i].equals("REJECTED");
      accepted += status[i].equals("ACCEPTED") && !hide ? 1 : 0;
      if (CampaignShape.onBallot(status[i])) {
        ballot.add(i);
      }
      Instant at = opens.plus(Duration.ofMillis(spread * i / count));
      String title = "Proposal " + (i + 1) + ": " + words(3 + random.nextInt(5));
      String body = words(20 + random.nextInt(40));
      String key = members.keys()[author[i]];
      row(
          proposals,
          id[i],
          campaign,
          random.nextInt(10) < 6 ? "NEW_COMPETENCY" : "NEW_COURSE",
          "",
          title,
          body,
          "Employers ask for it.",
          key,
          members.groups()[author[i]],
          status[i],
          1,
          into,
          hide ? "No contribution." : null,
          decided ? "Decided by the organisers under the vote." : null,
          decided ? "admin-token" : null,
          decided ? time(at.plus(Duration.ofDays(60))) : null,
          time(at),
          time(at));
      row(
          versions,
          ids.next(),
          id[i],
          1,
          "ORIGINAL",
          "ACCEPTED",
          title,
          body,
          "",
          key,
          "",
          time(at));
    }
    copy("campaign_proposal", proposals);
    copy("proposal_version", versions);
    copy("proposal_contributor (proposal_id, member_key, group_code, via)", contributors);
    long comments = comments(id, opens, spread);
    reviews(id, ballot, opens);
    long votes = votes(campaign, id, ballot, totalVotes, opens);
    return new Written(campaign, stage, count, votes, comments, merged, accepted, hidden);
  }

  private long comments(long[] proposals, Instant opens, long spread) throws SQLException {
    StringBuilder rows = new StringBuilder();
    long written = 0;
    for (int i = 0; i < proposals.length; i++) {
      Long previous = null;
      for (int c = CampaignShape.comments(random); c > 0; c--) {
        long comment = ids.next();
        int who = random.nextInt(members.size());
        Long parent = previous != null && random.nextInt(10) == 0 ? previous : null;
        Instant at = opens.plus(Duration.ofMillis(spread * i / proposals.length + 60_000L * c));
        row(
            rows,
            comment,
            proposals[i],
            parent,
            members.keys()[who],
            members.groups()[who],
            words(8 + random.nextInt(20)),
            random.nextInt(100) == 0 ? "Off topic." : null,
            time(at));
        previous = comment;
        written++;
      }
      if (rows.length() > 4_000_000) {
        copy("proposal_comment", rows);
        rows.setLength(0);
      }
    }
    copy("proposal_comment", rows);
    return written;
  }

  private void reviews(long[] proposals, List<Integer> ballot, Instant opens) throws SQLException {
    StringBuilder rows = new StringBuilder();
    String at = time(opens.plus(Duration.ofDays(35)));
    for (int i : ballot) {
      row(rows, proposals[i], "lti:9000000000001", "Clear.", "Costly.", "APPROVE", at);
      if (random.nextInt(3) == 0) {
        row(rows, proposals[i], "lti:9000000000002", "Useful.", "Vague.", "APPROVE", at);
      }
    }
    copy("proposal_review", rows);
  }

  private long votes(
      long campaign, long[] proposals, List<Integer> ballot, long total, Instant opens)
      throws SQLException {
    int[] perProposal = CampaignShape.votesPerProposal(ballot.size(), total, members.size() / 2);
    // the popular proposals are anywhere in the campaign, not the first ones
    List<Integer> order = new ArrayList<>(ballot);
    java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
    StringBuilder rows = new StringBuilder();
    BitSet voted = new BitSet(members.size());
    String at = time(opens.plus(Duration.ofDays(50)));
    long written = 0;
    for (int r = 0; r < order.size(); r++) {
      voted.clear();
      for (int v = 0; v < perProposal[r]; v++) {
        int who = random.nextInt(members.size());
        while (voted.get(who)) {
          who = random.nextInt(members.size());
        }
        voted.set(who);
        String group = members.groups()[who];
        String weight = group.equals("employer") ? "2" : group.equals("graduate") ? "1.5" : "1";
        row(rows, proposals[order.get(r)], members.keys()[who], campaign, group, weight, null, at);
        written++;
      }
      if (rows.length() > 4_000_000) {
        copy("proposal_vote", rows);
        rows.setLength(0);
      }
    }
    copy("proposal_vote", rows);
    return written;
  }

  private String words(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  /** One row of COPY's text format; null is {@code \N}, texts have no tabs or line breaks. */
  static void row(StringBuilder rows, Object... values) {
    for (int i = 0; i < values.length; i++) {
      rows.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i].toString());
    }
    rows.append('\n');
  }

  private void copy(String table, StringBuilder rows) throws SQLException {
    if (rows.length() == 0) {
      return;
    }
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    CopyIn in = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
    try {
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  void insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
    }
  }

  static Timestamp ts(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static String time(Instant instant) {
    return COPY_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
