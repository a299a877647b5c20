package kz.kenes.bench.survey;

import java.io.IOException;
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
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one benchmark study, written in one transaction: the catalogue rows with plain
 * inserts, then the respondents and their answers with {@code COPY … FROM STDIN} in chunks of 5,000
 * respondents. Respondents of a round arrive in random group order over the round's four weeks, so
 * ids and submission times rise together as in a real round.
 */
final class StudyWriter {

  /** What was written. */
  record Study(
      String universityCode,
      long surveyId,
      long baselineRound,
      long followUpRound,
      long respondents,
      long answers,
      long pairs) {}

  private static final int CHUNK = 5_000;
  private static final DateTimeFormatter COPY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  private final Connection db;
  private final SplittableRandom random;
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private final Instant now = Instant.now();
  private long nextId;

  StudyWriter(Connection db, long seed) {
    this.db = db;
    this.random = new SplittableRandom(seed);
  }

  Study write(int perRound, int pairedPercent) throws SQLException, IOException {
    db.setAutoCommit(false);
    try {
      nextId = SurveyDataGenerator.reserveIds(db, 2L * perRound + 200);
      String universityCode = "BENCH-" + runId.toUpperCase(Locale.ROOT);
      long program = catalogue(universityCode);
      long version = instrument();
      long[] items = items(version);
      long survey = survey(program, version);
      Instant baselineOpens = now.minus(Duration.ofDays(400));
      Instant followUpOpens = now.minus(Duration.ofDays(29));
      Instant[] closes = {baselineOpens.plus(Duration.ofDays(28)), now.plus(Duration.ofDays(30))};
      long[] rounds = {
        round(survey, 1, "baseline", "Before the revision", version, baselineOpens, closes[0]),
        round(survey, 2, "follow_up", "After the revision", version, followUpOpens, closes[1])
      };
      long[][] invitations = new long[2][StudyShape.GROUPS.size()];
      for (int r = 0; r < 2; r++) {
        for (int g = 0; g < StudyShape.GROUPS.size(); g++) {
          invitations[r][g] = invitation(rounds[r], StudyShape.GROUPS.get(g).code(), closes[r]);
        }
      }
      Respondents respondents = Respondents.draw(random, perRound, pairedPercent);
      long answers = 0;
      Instant[] opens = {baselineOpens, followUpOpens};
      for (int r = 0; r < 2; r++) {
        answers += copyRound(respondents, r, rounds[r], invitations[r], items, opens[r]);
      }
      db.commit();
      return new Study(
          universityCode,
          survey,
          rounds[0],
          rounds[1],
          2L * perRound,
          answers,
          respondents.pairs());
    } catch (SQLException | IOException | RuntimeException e) {
      db.rollback();
      throw e;
    }
  }

  private long id() {
    return nextId++;
  }

  private long catalogue(String universityCode) throws SQLException {
    long university = id();
    insert(
        "insert into university (id, code, name, created_at) values (?, ?, ?, ?)",
        university,
        universityCode,
        "Benchmark University " + runId,
        ts(now));
    long program = id();
    insert(
        "insert into educational_program (id, university_id, code, name, field, created_at,"
            + " program_level, languages) values (?, ?, ?, ?, ?, ?, ?, ?)",
        program,
        university,
        "6B01501",
        "Informatics teacher training",
        "Pedagogy",
        ts(now),
        "bachelor",
        "kk,ru");
    return program;
  }

  private long instrument() throws SQLException {
    long instrument = id();
    insert(
        "insert into survey_instrument (id, code, audience, current_version, created_at)"
            + " values (?, ?, ?, 1, ?)",
        instrument,
        "bench-satisfaction-" + runId,
        null,
        ts(now));
    long version = id();
    insert(
        "insert into instrument_version (id, instrument_id, version_number, title, description,"
            + " high_from, dissatisfied_below, created_at) values (?, ?, 1, ?, ?, ?, ?, ?)",
        version,
        instrument,
        i18n(
            "Бағдарлама сапасына қанағаттану",
            "Удовлетворённость качеством программы",
            "Satisfaction with the program's quality"),
        i18n("Сауалнама", "Анкета", "Questionnaire"),
        StudyShape.HIGH_FROM,
        StudyShape.DISSATISFIED_BELOW,
        ts(now));
    return version;
  }

  private long[] items(long version) throws SQLException {
    long[] ids = new long[StudyShape.ITEMS];
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into instrument_item (id, version_id, position, code, kind, reversed,"
                + " module_id, content) values (?, ?, ?, ?, 'scale', ?, null, ?)")) {
      for (int i = 0; i < ids.length; i++) {
        ids[i] = id();
        String code = String.format(Locale.ROOT, "E%02d", i + 1);
        String text =
            StudyShape.reversed(i)
                ? "The program ignores what the profession needs (" + code + ")"
                : "The program prepares for the profession (" + code + ")";
        insert.setLong(1, ids[i]);
        insert.setLong(2, version);
        insert.setInt(3, i + 1);
        insert.setString(4, code);
        insert.setBoolean(5, StudyShape.reversed(i));
        insert.setString(6, "{\"text\":" + i18n(text, text, text) + "}");
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return ids;
  }

  private long survey(long program, long version) throws SQLException {
    long survey = id();
    insert(
        "insert into survey (id, title, instrument_id, program_id, module_id, created_at)"
            + " select ?, ?, instrument_id, ?, null, ? from instrument_version where id = ?",
        survey,
        "Program satisfaction, benchmark " + runId,
        program,
        ts(now),
        version);
    return survey;
  }

  private long round(
      long survey,
      int position,
      String kind,
      String label,
      long version,
      Instant opens,
      Instant closes)
      throws SQLException {
    long round = id();
    insert(
        "insert into survey_round (id, survey_id, position, kind, label, instrument_version_id,"
            + " opens_at, closes_at, closed_at, revision_ref, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?)",
        round,
        survey,
        position,
        kind,
        label,
        version,
        ts(opens),
        ts(closes),
        ts(opens.minus(Duration.ofDays(1))));
    return round;
  }

  private long invitation(long round, String group, Instant expires) throws SQLException {
    long invitation = id();
    insert(
        "insert into survey_invitation (id, round_id, token_hash, group_code, label, max_uses,"
            + " uses, anonymous, expires_at, revoked_at, created_at)"
            + " values (?, ?, ?, ?, ?, 100000, 0, false, ?, null, ?)",
        invitation,
        round,
        SurveyDataGenerator.sha256("bench-" + runId + "-" + invitation),
        group,
        "Benchmark link for " + group,
        ts(expires),
        ts(now));
    return invitation;
  }

  /** Copies one round's respondents and answers; returns the number of answers. */
  private long copyRound(
      Respondents respondents,
      int round,
      long roundId,
      long[] invitations,
      long[] items,
      Instant opens)
      throws SQLException, IOException {
    PGConnection pg = db.unwrap(PGConnection.class);
    int count = respondents.perRound();
    long spreadMillis = Duration.ofDays(28).toMillis();
    int[] scores = new int[StudyShape.ITEMS];
    long answers = 0;
    for (int from = 0; from < count; from += CHUNK) {
      StringBuilder responseRows = new StringBuilder(CHUNK * 200);
      StringBuilder answerRows = new StringBuilder(CHUNK * StudyShape.ITEMS * 40);
      for (int i = from; i < Math.min(count, from + CHUNK); i++) {
        Respondents.Respondent who = respondents.get(round, i);
        StudyShape.answer(random, who.theta(), scores);
        long responseId = id();
        String group = StudyShape.GROUPS.get(who.group()).code();
        int sum = 0;
        for (int item = 0; item < scores.length; item++) {
          sum += scores[item];
          int raw = StudyShape.reversed(item) ? 3 - scores[item] : scores[item];
          answerRows
              .append(responseId)
              .append('\t')
              .append(items[item])
              .append('\t')
              .append(roundId)
              .append('\t')
              .append(group)
              .append('\t')
              .append(raw)
              .append('\t')
              .append(scores[item])
              .append("\t\\N\t\\N\n");
        }
        answers += scores.length;
        Instant submitted = opens.plusMillis(spreadMillis * i / count);
        String at = copyTime(submitted);
        String started = copyTime(submitted.minusSeconds(120 + random.nextInt(900)));
        responseRows
            .append(responseId)
            .append('\t')
            .append(roundId)
            .append('\t')
            .append("inv:")
            .append(new UUID(random.nextLong(), random.nextLong()))
            .append('\t')
            .append(group)
            .append("\t\\N\t\\N\t")
            .append(invitations[who.group()])
            .append('\t')
            .append(SurveyDataGenerator.sha256(runId + "-person-" + who.person()))
            .append('\t')
            .append("submitted\t\\N\t")
            .append(sum)
            .append('\t')
            .append(scores.length)
            .append('\t')
            .append(started)
            .append('\t')
            .append(at)
            .append('\t')
            .append(at)
            .append('\n');
      }
      copy(
          pg,
          "copy survey_response (id, round_id, respondent_key, group_code, user_ref, context_ref,"
              + " invitation_id, pair_code, status, draft, scale_sum, scale_count, created_at,"
              + " updated_at, submitted_at) from stdin",
          responseRows);
      copy(
          pg,
          "copy survey_answer (response_id, item_id, round_id, group_code, answer_value, score,"
              + " choices, answer_text) from stdin",
          answerRows);
    }
    try (PreparedStatement uses =
        db.prepareStatement(
            "update survey_invitation set uses = (select count(*) from survey_response r"
                + " where r.invitation_id = survey_invitation.id) where round_id = ?")) {
      uses.setLong(1, roundId);
      uses.executeUpdate();
    }
    return answers;
  }

  private static void copy(PGConnection pg, String sql, StringBuilder rows) throws SQLException {
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    CopyIn in = pg.getCopyAPI().copyIn(sql);
    try {
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private void insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
    }
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static String copyTime(Instant instant) {
    return COPY_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static String i18n(String kk, String ru, String en) {
    return "{\"kk\":\"" + kk + "\",\"ru\":\"" + ru + "\",\"en\":\"" + en + "\"}";
  }
}
