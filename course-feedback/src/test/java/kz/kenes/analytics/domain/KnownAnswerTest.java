package kz.kenes.analytics.domain;

import static kz.kenes.analytics.domain.KnownAnswerData.employersBaseline;
import static kz.kenes.analytics.domain.KnownAnswerData.employersFollowUp;
import static kz.kenes.analytics.domain.KnownAnswerData.graduatesBaseline;
import static kz.kenes.analytics.domain.KnownAnswerData.graduatesFollowUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import kz.kenes.survey.domain.LevelCutoffs;
import kz.kenes.survey.domain.SatisfactionLevel;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every statistic on the {@link KnownAnswerData} set matched to 1e-6 against numbers computed
 * independently with Python 3.11, NumPy 2.4.6 and SciPy 1.17.1: {@code scipy.stats.ttest_ind}
 * (equal_var True and False) and {@code ttest_rel} for t, df and p; {@code chi2_contingency}
 * (correction=False) for chi-square; {@code numpy.std(ddof=1)}, {@code numpy.median}, {@code
 * var(ddof=1)} for SDs, medians and alpha; {@code scipy.stats.norm.ppf(0.975)} for the interval of
 * d. The script is in docs/analysis.md ("Known-answer verification").
 */
class KnownAnswerTest {

  private static final Offset<Double> TOLERANCE = within(1e-6);

  @Test
  void describesEachGroupAndRoundAsNumPyDoes() {
    ScaleSummary employers = summary(employersBaseline());
    assertThat(employers.n()).isEqualTo(10);
    assertThat(employers.mean().getAsDouble()).isCloseTo(1.375, TOLERANCE);
    assertThat(employers.standardDeviation().getAsDouble())
        .isCloseTo(0.6152009608430583, TOLERANCE);
    assertThat(employers.median().getAsDouble()).isEqualTo(1.0);
    assertThat(employers.frequencies()).isEqualTo(new AnswerCounts(4, 19, 15, 2));
    assertThat(employers.levels()).isEqualTo(new LevelAggregate(1, 4, 5));

    ScaleSummary graduates = summary(graduatesFollowUp());
    assertThat(graduates.mean().getAsDouble()).isCloseTo(1.96875, TOLERANCE);
    assertThat(graduates.standardDeviation().getAsDouble()).isCloseTo(0.604115350858474, TOLERANCE);
    assertThat(graduates.median().getAsDouble()).isEqualTo(2.0);
    assertThat(graduates.frequencies()).isEqualTo(new AnswerCounts(0, 8, 17, 7));
    assertThat(graduates.levels()).isEqualTo(new LevelAggregate(2, 4, 2));
  }

  @Test
  void describesTheOtherTwoRoundsAsNumPyDoes() {
    ScaleSummary employers = summary(employersFollowUp());
    assertThat(employers.mean().getAsDouble()).isCloseTo(2.1458333333333335, TOLERANCE);
    assertThat(employers.standardDeviation().getAsDouble())
        .isCloseTo(0.5585933361144897, TOLERANCE);
    assertThat(employers.frequencies()).isEqualTo(new AnswerCounts(0, 8, 25, 15));
    assertThat(employers.levels()).isEqualTo(new LevelAggregate(5, 5, 2));

    ScaleSummary graduates = summary(graduatesBaseline());
    assertThat(graduates.mean().getAsDouble()).isCloseTo(1.40625, TOLERANCE);
    assertThat(graduates.standardDeviation().getAsDouble())
        .isCloseTo(0.6114604881522833, TOLERANCE);
    assertThat(graduates.levels()).isEqualTo(new LevelAggregate(0, 5, 3));
  }

  @Test
  void describesASingleItemFromItsCounts() {
    int[] firstItem = column(employersBaseline().scored(), 0);
    ScaleSummary item = ScaleSummary.describeItem(AnswerCounts.of(firstItem), LevelCutoffs.DEFAULT);

    assertThat(item.mean().getAsDouble()).isCloseTo(1.5, TOLERANCE);
    assertThat(item.standardDeviation().getAsDouble()).isCloseTo(0.8498365855987975, TOLERANCE);
    assertThat(item.median().getAsDouble()).isEqualTo(1.5);
  }

  @Test
  void comparesEmployersWithStudentsAndWelchsTTest() {
    TTestResult student =
        TTests.student(employersBaseline().moments(), employersFollowUp().moments()).orElseThrow();
    assertResult(student, 3.0787400299001346, 20.0, 0.005923469209731447);
    assertThat(student.mark()).isEqualTo(SignificanceMark.BELOW_1_PERCENT);

    TTestResult welch =
        TTests.welch(employersBaseline().moments(), employersFollowUp().moments()).orElseThrow();
    assertResult(welch, 3.050576836189183, 18.47844587596065, 0.006733784207815949);
  }

  @Test
  void comparesGraduatesWithStudentsAndWelchsTTest() {
    assertResult(
        TTests.student(graduatesBaseline().moments(), graduatesFollowUp().moments()).orElseThrow(),
        1.8509408075656506,
        14.0,
        0.08538874720202928);
    assertResult(
        TTests.welch(graduatesBaseline().moments(), graduatesFollowUp().moments()).orElseThrow(),
        1.8509408075656506,
        13.99795577539082,
        0.08539185602407066);
  }

  @Test
  void comparesLinkedGraduatesWithThePairedTTest() {
    TTestResult fromScores =
        TTests.paired(graduatesBaseline().scores(), graduatesFollowUp().scores()).orElseThrow();
    assertResult(fromScores, 7.179516316957191, 7, 0.0001806473677988052);
    assertThat(fromScores.mark()).isEqualTo(SignificanceMark.BELOW_1_PERCENT);

    // the aggregates SQL returns for the differences: COUNT(d), SUM(d), SUM(d * d)
    TTestResult fromAggregates = TTests.paired(new Moments(8, 4.5, 2.875)).orElseThrow();
    assertResult(fromAggregates, 7.179516316957191, 7, 0.0001806473677988052);
  }

  @Test
  void measuresCohensDWithANormalQuantileInterval() {
    EffectSize employers =
        EffectSize.cohensD(employersBaseline().moments(), employersFollowUp().moments())
            .orElseThrow();
    assertThat(employers.d()).isCloseTo(1.3182377244437888, TOLERANCE);
    assertThat(employers.lower()).isCloseTo(0.3930440645218499, TOLERANCE);
    assertThat(employers.upper()).isCloseTo(2.243431384365728, TOLERANCE);

    EffectSize graduates =
        EffectSize.cohensD(graduatesBaseline().moments(), graduatesFollowUp().moments())
            .orElseThrow();
    assertThat(graduates.d()).isCloseTo(0.9254704037828253, TOLERANCE);
    assertThat(graduates.lower()).isCloseTo(-0.10563735363534732, TOLERANCE);
    assertThat(graduates.upper()).isCloseTo(1.9565781612009978, TOLERANCE);
  }

  @Test
  void testsTheLevelDistributionsWithChiSquare() {
    ChiSquareResult employers =
        ChiSquare.testLevels(employersBaseline().levels(), employersFollowUp().levels())
            .orElseThrow();
    assertThat(employers.chiSquare()).isCloseTo(3.9140211640211637, TOLERANCE);
    assertThat(employers.degreesOfFreedom()).isEqualTo(2);
    assertThat(employers.pValue()).isCloseTo(0.14128013564524025, TOLERANCE);
    assertThat(employers.smallestExpectedCount()).isCloseTo(2.727272727272727, TOLERANCE);
    assertThat(employers.expectedCountsAdequate()).isFalse();

    ChiSquareResult graduates =
        ChiSquare.testLevels(graduatesBaseline().levels(), graduatesFollowUp().levels())
            .orElseThrow();
    assertThat(graduates.chiSquare()).isCloseTo(2.3111111111111113, TOLERANCE);
    assertThat(graduates.pValue()).isCloseTo(0.3148825535494547, TOLERANCE);
    assertThat(graduates.smallestExpectedCount()).isCloseTo(1.0, TOLERANCE);
  }

  @Test
  void comparesLevelSharesWithTheIndicatorTAndTheTwoProportionZ() {
    LevelShareComparison high =
        LevelShareComparison.compare(
            "employers",
            SatisfactionLevel.HIGH,
            employersBaseline().levels(),
            employersFollowUp().levels());
    assertThat(high.baselinePercent().getAsDouble()).isCloseTo(10.0, TOLERANCE);
    assertThat(high.followUpPercent().getAsDouble()).isCloseTo(41.66666666666667, TOLERANCE);
    assertResult(high.studentT().orElseThrow(), 1.6929904762518997, 20, 0.10597737379705914);
    assertThat(high.twoProportionZ().orElseThrow().z()).isCloseTo(1.66061400960274, TOLERANCE);
    assertThat(high.twoProportionZ().orElseThrow().pValue())
        .isCloseTo(0.0967909934778426, TOLERANCE);

    LevelShareComparison dissatisfied =
        LevelShareComparison.compare(
            "graduates",
            SatisfactionLevel.DISSATISFIED,
            graduatesBaseline().levels(),
            graduatesFollowUp().levels());
    assertResult(
        dissatisfied.studentT().orElseThrow(), -0.5091750772173156, 14, 0.6185599512335765);
    assertThat(dissatisfied.twoProportionZ().orElseThrow().z())
        .isCloseTo(-0.5393598899705937, TOLERANCE);
    assertThat(dissatisfied.twoProportionZ().orElseThrow().pValue())
        .isCloseTo(0.5896385516265671, TOLERANCE);
  }

  @Test
  void measuresCronbachsAlphaFromAggregatesAndFromTheMatrix() {
    assertAlpha(employersBaseline(), 0.8171253822629969);
    assertAlpha(employersFollowUp(), 0.8012139605462822);
    assertAlpha(graduatesBaseline(), 0.835820895522388);
    assertAlpha(graduatesFollowUp(), 0.8481141692150866);
  }

  @Test
  void buildsTable2WithTheIndicatorTOfEachLevel() {
    Table2 table =
        Table2.compare(
            Map.of("employers", employersBaseline().levels()),
            Map.of("employers", employersFollowUp().levels()));

    Table2.Row medium = table.row("employers", SatisfactionLevel.MEDIUM).orElseThrow();
    assertThat(medium.beforePercent().getAsDouble()).isCloseTo(40.0, TOLERANCE);
    assertThat(medium.afterPercent().getAsDouble()).isCloseTo(41.66666666666667, TOLERANCE);
    assertThat(medium.t().orElseThrow().t()).isCloseTo(0.07549589077612723, TOLERANCE);
    assertThat(medium.tLabel(Locale.ROOT)).isEqualTo("0.08");
    assertThat(
            table
                .row("employers", SatisfactionLevel.DISSATISFIED)
                .orElseThrow()
                .tLabel(Locale.ROOT))
        .isEqualTo("-1.71");
  }

  private static ScaleSummary summary(Responses responses) {
    return ScaleSummary.describe(responses.aggregate(), responses.levels());
  }

  private static void assertResult(TTestResult result, double t, double df, double p) {
    assertThat(result.t()).isCloseTo(t, TOLERANCE);
    assertThat(result.degreesOfFreedom()).isCloseTo(df, TOLERANCE);
    assertThat(result.pValue()).isCloseTo(p, TOLERANCE);
  }

  private static void assertAlpha(Responses responses, double expected) {
    assertThat(CronbachAlpha.of(responses.reliability()).orElseThrow().alpha())
        .isCloseTo(expected, TOLERANCE);
    assertThat(CronbachAlpha.of(responses.scored()).orElseThrow().alpha())
        .isCloseTo(expected, TOLERANCE);
  }

  private static int[] column(int[][] matrix, int index) {
    return Arrays.stream(matrix).mapToInt(row -> row[index]).toArray();
  }
}
