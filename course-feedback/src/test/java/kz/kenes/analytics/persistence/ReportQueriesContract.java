package kz.kenes.analytics.persistence;

import static kz.kenes.analytics.persistence.SurveyDataSet.aSurveyDataSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.CronbachAlpha;
import kz.kenes.analytics.domain.GroupComparison;
import kz.kenes.analytics.domain.LevelAggregate;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.ReliabilityAggregate;
import kz.kenes.analytics.domain.ScaleAggregate;
import kz.kenes.analytics.domain.TTests;
import kz.kenes.survey.domain.LevelCutoffs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report's SQL aggregates on a small known data set equal what the domain computes from the
 * same raw answers, and the statistics built on them match an independent computation (Python 3,
 * SciPy 1.17, numbers in the comments). Run on H2 and on PostgreSQL by the subclasses.
 *
 * <p>Data: items q1 (module M1), q2 (reversed), q3 (module M1), a single choice s1 (a, b, c), a
 * multiple choice m1 and an open o1. Round 2 uses a newer instrument version with the scale items
 * in another order (q3, q1, q2): items are matched by code. Employers answer both rounds (pairs e1,
 * e3, e4 linked), graduates too (in round 2 all equal), learners only round 1 with n = 1,
 * applicants only round 2; a draft in round 1 must count nowhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportQueriesContract {

  static final double EXACT = 1e-9;
  static final double KNOWN = 1e-6;
  static final int[][] EMPLOYERS_1 = {{3, 2, 1}, {2, 2, 2}, {1, 3, 0}, {3, 0, 3}, {2, 1, 2}};
  static final int[][] EMPLOYERS_2 = { // version 2 order: q3, q1, q2
    {3, 3, 1}, {2, 3, 0}, {3, 2, 1}, {3, 3, 0}, {2, 2, 2}, {2, 3, 1}
  };
  static final int[][] GRADUATES_1 = {{1, 2, 1}, {0, 3, 1}, {2, 2, 2}};

  TestDatabase database;
  SurveyDataSet data;
  JdbcReportQueries queries;
  long round1;
  long round2;

  abstract TestDatabase open();

  @BeforeAll
  void insertData() throws Exception {
    database = open();
    data =
        aSurveyDataSet()
            .moduleScale("q1", "M1")
            .reversedScale("q2")
            .moduleScale("q3", "M1")
            .single("s1", "a", "b", "c")
            .multiple("m1", "x", "y", "z")
            .open("o1")
            .round(1)
            .group("employer")
            .paired("e1", EMPLOYERS_1[0])
            .choice("s1", 0)
            .choices("m1", "x,y")
            .text("o1", "=cmd|' /C calc'!A0")
            .respondent(EMPLOYERS_1[1])
            .choice("s1", 2)
            .choices("m1", "y")
            .paired("e3", EMPLOYERS_1[2])
            .choice("s1", 0)
            .choices("m1", "x,y")
            .paired("e4", EMPLOYERS_1[3])
            .respondent(EMPLOYERS_1[4])
            .draft(0, 0, 0)
            .group("graduate")
            .paired("g1", GRADUATES_1[0])
            .respondent(GRADUATES_1[1])
            .respondent(GRADUATES_1[2])
            .group("learner")
            .respondent(3, 3, 3)
            .newVersion()
            .moduleScale("q3", "M1")
            .moduleScale("q1", "M1")
            .reversedScale("q2")
            .single("s1", "a", "b", "c")
            .round(2)
            .group("employer")
            .paired("e1", EMPLOYERS_2[0])
            .respondent(EMPLOYERS_2[1])
            .paired("e3", EMPLOYERS_2[2])
            .paired("e4", EMPLOYERS_2[3])
            .respondent(EMPLOYERS_2[4])
            .respondent(EMPLOYERS_2[5])
            .group("graduate")
            .paired("g1", 2, 2, 1)
            .respondent(2, 2, 1)
            .group("applicant")
            .respondent(3, 3, 0)
            .respondent(1, 1, 2)
            .insertInto(database.dataSource);
    queries = new JdbcReportQueries(database.dataSource);
    round1 = data.roundId(1);
    round2 = data.roundId(2);
  }

  @AfterAll
  void dropDatabase() {
    database.drop();
  }

  @Test
  void scaleScoresEqualTheDomainsFromTheSameAnswers() {
    Map<String, ScoreRow> scores = queries.scaleScores(round1, LevelCutoffs.DEFAULT);
    ScaleAggregate expected = ScaleAggregate.ofResponses(EMPLOYERS_1, data.scoring(1));
    assertMoments(scores.get("employer").scores(), expected.scores());
    assertThat(queries.scaleAnswers(round1).get("employer")).isEqualTo(expected.answers());
    // scores 5/3, 5/3, 1/3, 3, 2: high 1 (3), dissatisfied 1 (1/3), medium 3
    assertThat(scores.get("employer").levels()).isEqualTo(new LevelAggregate(1, 3, 1));
    assertThat(scores).containsOnlyKeys("employer", "graduate", "learner");
  }

  @Test
  void knownAnswerComparisonOfEmployersMatchesScipy() {
    Moments before = queries.scaleScores(round1, LevelCutoffs.DEFAULT).get("employer").scores();
    Moments after = queries.scaleScores(round2, LevelCutoffs.DEFAULT).get("employer").scores();
    // numpy: mean 1.7333333333333336, sd 0.9545214042184236; after 2.444444444444444,
    // 0.4554200340426487
    assertThat(before.mean()).isCloseTo(1.7333333333333336, within(KNOWN));
    assertThat(before.standardDeviation()).isCloseTo(0.9545214042184236, within(KNOWN));
    assertThat(after.mean()).isCloseTo(2.444444444444444, within(KNOWN));
    assertThat(after.standardDeviation()).isCloseTo(0.4554200340426487, within(KNOWN));
    GroupComparison comparison =
        GroupComparison.compare(
            "employer", before, LevelAggregate.EMPTY, after, LevelAggregate.EMPTY);
    // scipy.stats.ttest_ind(after, before): t 1.6282884757266187, p 0.13790490885882756
    assertThat(comparison.student().orElseThrow().t()).isCloseTo(1.6282884757266187, within(KNOWN));
    assertThat(comparison.student().orElseThrow().pValue())
        .isCloseTo(0.13790490885882756, within(KNOWN));
    // equal_var=False: t 1.5272766716907116, df 5.503130331736637, p 0.18193889245995423
    assertThat(comparison.welch().orElseThrow().degreesOfFreedom())
        .isCloseTo(5.503130331736637, within(KNOWN));
    assertThat(comparison.welch().orElseThrow().pValue())
        .isCloseTo(0.18193889245995423, within(KNOWN));
    // pooled-SD Cohen's d 0.9859776360213125
    assertThat(comparison.effectSize().orElseThrow().d())
        .isCloseTo(0.9859776360213125, within(KNOWN));
  }

  @Test
  void groupMissingInOneRoundAndSingleRespondent() {
    Map<String, ScoreRow> before = queries.scaleScores(round1, LevelCutoffs.DEFAULT);
    Map<String, ScoreRow> after = queries.scaleScores(round2, LevelCutoffs.DEFAULT);
    assertThat(before).doesNotContainKey("applicant");
    assertThat(after).doesNotContainKey("learner");
    // learner: one respondent, raw 3,3,3 with q2 reversed: score (3+0+3)/3 = 2
    assertMoments(before.get("learner").scores(), Moments.of(2.0));
  }

  @Test
  void allAnswersEqualHaveNoSpread() {
    Moments graduates = queries.scaleScores(round2, LevelCutoffs.DEFAULT).get("graduate").scores();
    assertThat(graduates.n()).isEqualTo(2);
    assertThat(graduates.mean()).isCloseTo(2.0, within(EXACT));
    assertThat(graduates.hasNoSpread()).isTrue();
  }

  @Test
  void itemsAreCountedPerGroupByTheirScoredAnswer() {
    long q2 = data.itemId(1, "q2");
    AnswerCounts expected = AnswerCounts.of(1, 1, 0, 3, 2); // 3 - raw 2,2,3,0,1
    assertThat(queries.itemScaleAnswers(round1).get(q2).get("employer")).isEqualTo(expected);
    long q2v2 = data.itemId(2, "q2");
    assertThat(queries.itemScaleAnswers(round2).get(q2v2).get("employer"))
        .isEqualTo(AnswerCounts.of(2, 3, 2, 3, 1, 2));
  }

  @Test
  void choicesAreCountedByOptionAndTextsByPresence() {
    long s1 = data.itemId(1, "s1");
    assertThat(queries.itemOptionCounts(round1).get(s1).get("employer"))
        .containsExactly(Map.entry(0, 2L), Map.entry(2, 1L));
    long m1 = data.itemId(1, "m1");
    assertThat(queries.itemChoiceCounts(round1).get(m1).get("employer"))
        .containsEntry("x", 2L)
        .containsEntry("y", 3L)
        .doesNotContainKey("z");
    assertThat(queries.itemTextCounts(round1).get(data.itemId(1, "o1")))
        .containsExactly(Map.entry("employer", 1L));
  }

  @Test
  void moduleScoresAverageTheModulesItemsPerRespondent() {
    long module = data.moduleIds.get("M1");
    Moments employers =
        queries.moduleScores(round1, LevelCutoffs.DEFAULT).get(module).get("employer").scores();
    // q1 and q3 of each employer: means 2, 2, 0.5, 3, 2 -> numpy mean 1.9, sd 0.8944271909999159
    assertThat(employers.mean()).isCloseTo(1.9, within(KNOWN));
    assertThat(employers.standardDeviation()).isCloseTo(0.8944271909999159, within(KNOWN));
    assertThat(queries.moduleAnswers(round1).get(module).get("employer"))
        .isEqualTo(AnswerCounts.of(3, 1, 2, 2, 1, 0, 3, 3, 2, 2));
  }

  @Test
  void reliabilityEqualsTheDomainsAndScipy() {
    List<Long> items = List.of(data.itemId(1, "q1"), data.itemId(1, "q2"), data.itemId(1, "q3"));
    Map<String, ReliabilityAggregate> byGroup = queries.reliability(round1, items);
    int[][] scored = new int[EMPLOYERS_1.length][];
    for (int r = 0; r < scored.length; r++) {
      int[] raw = EMPLOYERS_1[r];
      scored[r] = new int[] {raw[0], 3 - raw[1], raw[2]};
    }
    ReliabilityAggregate expected = ReliabilityAggregate.ofScoredAnswers(scored);
    ReliabilityAggregate employers = byGroup.get("employer");
    for (int i = 0; i < 3; i++) {
      assertMoments(employers.items().get(i), expected.items().get(i));
    }
    assertMoments(employers.total(), expected.total());
    // numpy alpha of the employers' scored matrix: 0.8963414634146343
    assertThat(CronbachAlpha.of(employers).orElseThrow().alpha())
        .isCloseTo(0.8963414634146343, within(KNOWN));
  }

  @Test
  void pairedDifferencesLinkTheSamePairCodeAndGroup() {
    Map<String, Moments> pairs = queries.pairedDifferences(round1, round2);
    // e1: 8/3 - 5/3 = 1, e3: 7/3 - 1/3 = 2, e4: 3 - 3 = 0; g1: 2 - 1
    assertMoments(pairs.get("employer"), Moments.of(1, 2, 0));
    assertMoments(pairs.get("graduate"), Moments.of(1.0));
    // scipy.stats.ttest_rel: t 1.7320508075688774, p 0.22540333075851665
    assertThat(TTests.paired(pairs.get("employer")).orElseThrow().t())
        .isCloseTo(1.7320508075688774, within(KNOWN));
    assertThat(TTests.paired(pairs.get("employer")).orElseThrow().pValue())
        .isCloseTo(0.22540333075851665, within(KNOWN));
  }

  @Test
  void draftsCountNowhere() {
    assertThat(queries.responseCounts(round1))
        .containsEntry("employer", 5L)
        .containsEntry("graduate", 3L)
        .containsEntry("learner", 1L);
  }

  @Test
  void roundsCarryTheirVersionsCutoffsAndItemsTheirCodes() {
    var rounds = queries.rounds(data.surveyId);
    assertThat(rounds).extracting(r -> r.position()).containsExactly(1, 2);
    assertThat(rounds.get(0).cutoffs()).isEqualTo(LevelCutoffs.DEFAULT);
    var items = queries.items(List.of(rounds.get(1).versionId()));
    assertThat(items).extracting(i -> i.code()).containsExactly("q3", "q1", "q2", "s1");
    assertThat(items.get(0).moduleTitle()).isEqualTo("Module M1");
    assertThat(queries.survey(data.surveyId)).isPresent();
    assertThat(queries.survey(-1)).isEmpty();
    assertThat(queries.groups()).extracting(g -> g.code()).contains("employer", "learner");
  }

  static void assertMoments(Moments actual, Moments expected) {
    assertThat(actual.n()).isEqualTo(expected.n());
    assertThat(actual.sum()).isCloseTo(expected.sum(), within(EXACT));
    assertThat(actual.sumOfSquares()).isCloseTo(expected.sumOfSquares(), within(EXACT));
  }
}
