package kz.kenes.analytics.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import kz.kenes.survey.domain.ItemScoring;

/**
 * A small survey written with plain SQL: a program with modules, an instrument whose versions hold
 * items, a survey with rounds and, per round and group, respondents with their raw answers. The raw
 * answers stay readable ({@link #raw}) so a test can compute the expected statistics with the
 * domain from the very same numbers. Scale answers are given in item order; {@code -1} leaves an
 * item unanswered.
 */
final class SurveyDataSet {

  static final int SKIP = -1;
  private static final AtomicLong IDS = new AtomicLong(1000);
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);

  record Item(String code, String kind, boolean reversed, String module, String content) {}

  record Answer(String itemCode, Integer value, String choices, String text) {}

  record Respondent(
      int round, String group, String pairCode, boolean submitted, int[] raw, List<Answer> other) {}

  record Round(int position, String kind, int version, double highFrom, double dissatisfiedBelow) {}

  private final Map<Integer, List<Item>> versions = new LinkedHashMap<>();
  private final List<String> modules = new ArrayList<>();
  private final List<Round> rounds = new ArrayList<>();
  private final List<Respondent> respondents = new ArrayList<>();
  private int currentVersion = 1;
  private int currentRound = 1;
  private String currentGroup = "learner";

  // ids assigned on insert
  long surveyId;
  final Map<Integer, Long> roundIds = new LinkedHashMap<>();
  final Map<String, Long> moduleIds = new LinkedHashMap<>();
  final Map<Integer, Map<String, Long>> itemIds = new LinkedHashMap<>();
  final List<Long> responseIds = new ArrayList<>();

  private SurveyDataSet() {
    versions.put(1, new ArrayList<>());
  }

  static SurveyDataSet aSurveyDataSet() {
    return new SurveyDataSet();
  }

  /** Three direct scale items q1..q3, the shape most tests need. */
  static SurveyDataSet aThreeItemSurvey() {
    return aSurveyDataSet().scale("q1").scale("q2").scale("q3");
  }

  SurveyDataSet scale(String code) {
    return item(new Item(code, "scale", false, null, content(code, List.of())));
  }

  SurveyDataSet reversedScale(String code) {
    return item(new Item(code, "scale", true, null, content(code, List.of())));
  }

  SurveyDataSet moduleScale(String code, String module) {
    if (!modules.contains(module)) {
      modules.add(module);
    }
    return item(new Item(code, "scale", false, module, content(code, List.of())));
  }

  SurveyDataSet single(String code, String... options) {
    return item(new Item(code, "single", false, null, content(code, List.of(options))));
  }

  SurveyDataSet multiple(String code, String... options) {
    return item(new Item(code, "multiple", false, null, content(code, List.of(options))));
  }

  SurveyDataSet open(String code) {
    return item(new Item(code, "open", false, null, content(code, List.of())));
  }

  SurveyDataSet item(Item item) {
    versions.get(currentVersion).add(item);
    return this;
  }

  /** A new instrument version: these items (same codes match across rounds). */
  SurveyDataSet newVersion() {
    currentVersion++;
    versions.put(currentVersion, new ArrayList<>());
    return this;
  }

  SurveyDataSet round(int position) {
    return round(position, 2.5, 1.5);
  }

  SurveyDataSet round(int position, double highFrom, double dissatisfiedBelow) {
    currentRound = position;
    String kind = position == 1 ? "baseline" : "follow_up";
    rounds.add(new Round(position, kind, currentVersion, highFrom, dissatisfiedBelow));
    return this;
  }

  SurveyDataSet group(String code) {
    currentGroup = code;
    return this;
  }

  SurveyDataSet respondent(int... raw) {
    respondents.add(new Respondent(currentRound, currentGroup, null, true, raw, new ArrayList<>()));
    return this;
  }

  SurveyDataSet respondents(int[][] raw) {
    Arrays.stream(raw).forEach(this::respondent);
    return this;
  }

  SurveyDataSet paired(String pairCode, int... raw) {
    respondents.add(
        new Respondent(currentRound, currentGroup, pairCode, true, raw, new ArrayList<>()));
    return this;
  }

  /** A response that was started but never submitted: it must not count anywhere. */
  SurveyDataSet draft(int... raw) {
    respondents.add(
        new Respondent(currentRound, currentGroup, null, false, raw, new ArrayList<>()));
    return this;
  }

  /** The last respondent chose option {@code index} of a single-choice item. */
  SurveyDataSet choice(String itemCode, int index) {
    last().other().add(new Answer(itemCode, index, null, null));
    return this;
  }

  SurveyDataSet choices(String itemCode, String codes) {
    last().other().add(new Answer(itemCode, null, codes, null));
    return this;
  }

  SurveyDataSet text(String itemCode, String text) {
    last().other().add(new Answer(itemCode, null, null, text));
    return this;
  }

  /** The raw scale answers of one round and group, submitted only, in insertion order. */
  int[][] raw(int round, String group) {
    return respondents.stream()
        .filter(r -> r.submitted() && r.round() == round && r.group().equals(group))
        .map(Respondent::raw)
        .toArray(int[][]::new);
  }

  ItemScoring[] scoring(int version) {
    return versions.get(version).stream()
        .filter(i -> i.kind().equals("scale"))
        .map(i -> i.reversed() ? ItemScoring.REVERSED : ItemScoring.DIRECT)
        .toArray(ItemScoring[]::new);
  }

  long roundId(int position) {
    return roundIds.get(position);
  }

  long itemId(int version, String code) {
    return itemIds.get(version).get(code);
  }

  SurveyDataSet insertInto(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long university = insert(c, "university (id, code, name, created_at)", "U" + next(), "Uni");
      long program =
          insert(
              c,
              "educational_program (id, university_id, code, name, field, created_at)",
              university,
              "P" + next(),
              "Program",
              "Engineering and IT");
      int position = 0;
      for (String module : modules) {
        moduleIds.put(
            module,
            insert(
                c,
                "program_module (id, program_id, code, title, credits, position, created_at)",
                program,
                module,
                "Module " + module,
                5,
                position++));
      }
      long instrument =
          insert(
              c,
              "survey_instrument (id, code, audience, current_version, created_at)",
              "I" + next(),
              null,
              versions.size());
      Map<Integer, Long> versionIds = new LinkedHashMap<>();
      for (Round round : rounds) {
        versionIds.computeIfAbsent(round.version(), v -> null);
      }
      for (int v : versions.keySet()) {
        Round first = rounds.stream().filter(r -> r.version() == v).findFirst().orElse(null);
        double high = first == null ? 2.5 : first.highFrom();
        double low = first == null ? 1.5 : first.dissatisfiedBelow();
        long version =
            insert(
                c,
                "instrument_version (id, instrument_id, version_number, title, description,"
                    + " high_from, dissatisfied_below, created_at)",
                instrument,
                v,
                "{\"en\":\"Satisfaction\"}",
                "{}",
                high,
                low);
        versionIds.put(v, version);
        Map<String, Long> ids = new LinkedHashMap<>();
        int p = 1;
        for (Item item : versions.get(v)) {
          long itemId = next();
          ids.put(item.code(), itemId);
          insertWithId(
              c,
              "instrument_item (id, version_id, position, code, kind, reversed, module_id,"
                  + " content)",
              itemId,
              version,
              p++,
              item.code(),
              item.kind(),
              item.reversed(),
              item.module() == null ? null : moduleIds.get(item.module()),
              item.content());
        }
        itemIds.put(v, ids);
      }
      surveyId =
          insert(
              c,
              "survey (id, title, instrument_id, program_id, module_id, created_at)",
              "Program satisfaction",
              instrument,
              program,
              null);
      for (Round round : rounds) {
        roundIds.put(
            round.position(),
            insert(
                c,
                "survey_round (id, survey_id, position, kind, label, instrument_version_id,"
                    + " opens_at, closes_at, closed_at, revision_ref, created_at)",
                surveyId,
                round.position(),
                round.kind(),
                "Round " + round.position(),
                versionIds.get(round.version()),
                Timestamp.valueOf(NOW),
                Timestamp.valueOf(NOW.plusDays(30)),
                null,
                null));
      }
      for (String group : respondents.stream().map(Respondent::group).distinct().toList()) {
        if (!List.of("learner", "applicant", "employer", "graduate").contains(group)) {
          run(
              c,
              "insert into stakeholder_group (code, name, built_in, created_at)"
                  + " select ?, ?, false, ? where not exists"
                  + " (select 1 from stakeholder_group where code = ?)",
              group,
              "{\"kk\":\"" + group + "\",\"ru\":\"" + group + "\",\"en\":\"" + group + "\"}",
              Timestamp.valueOf(NOW),
              group);
        }
      }
      for (Respondent r : respondents) {
        insertRespondent(c, r);
      }
    }
    return this;
  }

  private void insertRespondent(Connection c, Respondent r) throws SQLException {
    Round round = rounds.stream().filter(x -> x.position() == r.round()).findFirst().orElseThrow();
    List<Item> items = versions.get(round.version());
    List<Item> scaleItems = items.stream().filter(i -> i.kind().equals("scale")).toList();
    int sum = 0;
    int count = 0;
    for (int i = 0; i < r.raw().length; i++) {
      if (r.raw()[i] != SKIP) {
        sum += scaleItems.get(i).reversed() ? 3 - r.raw()[i] : r.raw()[i];
        count++;
      }
    }
    long id = next();
    long roundId = roundIds.get(r.round());
    insertWithId(
        c,
        "survey_response (id, round_id, respondent_key, group_code, user_ref, context_ref,"
            + " invitation_id, pair_code, status, draft, scale_sum, scale_count, created_at,"
            + " updated_at, submitted_at)",
        id,
        roundId,
        "inv:" + id,
        r.group(),
        null,
        null,
        null,
        r.pairCode(),
        r.submitted() ? "submitted" : "draft",
        r.submitted() ? null : "{}",
        r.submitted() ? sum : 0,
        r.submitted() ? count : 0,
        Timestamp.valueOf(NOW),
        Timestamp.valueOf(NOW),
        r.submitted() ? Timestamp.valueOf(NOW.plusHours(responseIds.size())) : null);
    if (!r.submitted()) {
      return;
    }
    responseIds.add(id);
    Map<String, Long> ids = itemIds.get(round.version());
    String sql =
        "insert into survey_answer (response_id, item_id, round_id, group_code, answer_value,"
            + " score, choices, answer_text) values (?, ?, ?, ?, ?, ?, ?, ?)";
    for (int i = 0; i < r.raw().length; i++) {
      if (r.raw()[i] == SKIP) {
        continue;
      }
      Item item = scaleItems.get(i);
      int score = item.reversed() ? 3 - r.raw()[i] : r.raw()[i];
      run(c, sql, id, ids.get(item.code()), roundId, r.group(), r.raw()[i], score, null, null);
    }
    for (Answer a : r.other()) {
      run(
          c,
          sql,
          id,
          ids.get(a.itemCode()),
          roundId,
          r.group(),
          a.value(),
          null,
          a.choices(),
          a.text());
    }
  }

  private Respondent last() {
    return respondents.get(respondents.size() - 1);
  }

  private static String content(String code, List<String> options) {
    StringBuilder json = new StringBuilder("{\"text\":{\"kk\":\"");
    json.append(code).append(" kk\",\"ru\":\"").append(code).append(" ru\",\"en\":\"");
    json.append("Item ").append(code).append("\"},\"options\":[");
    for (int i = 0; i < options.size(); i++) {
      json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(options.get(i));
      json.append("\",\"text\":{\"en\":\"Option ").append(options.get(i)).append("\"}}");
    }
    return json.append("]}").toString();
  }

  private static long next() {
    return IDS.incrementAndGet();
  }

  /** Inserts a row with a fresh id and created_at now (when the column list ends with it). */
  private static long insert(Connection c, String table, Object... values) throws SQLException {
    long id = next();
    Object[] all = new Object[values.length + 2];
    all[0] = id;
    System.arraycopy(values, 0, all, 1, values.length);
    all[all.length - 1] = Timestamp.valueOf(NOW);
    insertWithId(c, table, all);
    return id;
  }

  private static void insertWithId(Connection c, String table, Object... values)
      throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
    run(c, "insert into " + table + " values (" + marks + ")", values);
  }

  private static void run(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
