package kz.kenes.analytics.persistence;

import static kz.kenes.analytics.persistence.SurveyDataSet.aSurveyDataSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.Locale;
import kz.kenes.analytics.application.ReportQueries;
import kz.kenes.analytics.application.SurveyExports;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.application.SurveyReports;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.survey.domain.SatisfactionLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The report and the exports assembled from SQL aggregates of a small survey on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAssemblyTest {

  TestDatabase database;
  SurveyDataSet data;
  SurveyDataSet oneRound;
  SurveyReports reports;
  SurveyExports exports;

  @BeforeAll
  void insert() throws Exception {
    database = TestDatabase.h2();
    data =
        aSurveyDataSet()
            .scale("q1")
            .reversedScale("q2")
            .single("s1", "a", "b")
            .multiple("m1", "x", "y")
            .open("o1")
            .round(1)
            .group("graduate")
            .respondent(3, 0)
            .choice("s1", 1)
            .choices("m1", "x,y")
            .text("o1", "=cmd|' /C calc'!A0")
            .respondent(1, 2)
            .group("employer")
            .respondent(2, 2)
            .paired("p1", 1, 1)
            .round(2)
            .group("employer")
            .paired("p1", 3, 0)
            .respondent(3, 1)
            .group("custom")
            .respondent(2, 1)
            .insertInto(database.dataSource);
    oneRound = aSurveyDataSet().scale("q1").round(1).insertInto(database.dataSource);
    ReportQueries queries = new JdbcReportQueries(database.dataSource);
    reports = new SurveyReports(queries);
    exports = new SurveyExports(queries, new JdbcResponseExport(database.dataSource));
  }

  @AfterAll
  void drop() {
    database.drop();
  }

  @Test
  void groupsComeInTheFixedOrderWithTheirNames() {
    SurveyReport report = reports.report(data.surveyId, null, null);
    assertThat(report.groups())
        .extracting(g -> g.code())
        .containsExactly("employer", "graduate", "custom");
    assertThat(report.groups().get(0).name().in("ru")).isEqualTo("Работодатели");
    assertThat(report.comparable()).isTrue();
    assertThat(report.responses()).isEqualTo(7);
  }

  @Test
  void missingRoundIsUnavailableNotAnError() {
    SurveyReport report = reports.report(data.surveyId, null, null);
    var graduates = report.groups().get(1);
    assertThat(graduates.after().n()).isZero();
    assertThat(graduates.comparison().orElseThrow().student().whyUnavailable())
        .contains(Outcome.Reason.MISSING_ROUND);
    assertThat(report.table2().row("graduate", SatisfactionLevel.HIGH)).isPresent();
  }

  @Test
  void pairedTestUsesLinkedRespondents() {
    var employers = reports.report(data.surveyId, null, null).groups().get(0);
    assertThat(employers.pairs()).isEqualTo(1);
    // one pair: the paired test needs two
    assertThat(employers.paired().orElseThrow().whyUnavailable())
        .contains(Outcome.Reason.INSUFFICIENT_DATA);
    // employers before: (2+1)/2 = 1.5, (1+2)/2 = 1.5; mean 1.5
    assertThat(employers.before().mean().getAsDouble()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void itemsCarryScaleSummariesAndOptionCounts() {
    SurveyReport report = reports.report(data.surveyId, null, null);
    assertThat(report.items())
        .extracting(i -> i.code())
        .containsExactly("q1", "q2", "s1", "m1", "o1");
    var s1 =
        report.items().get(2).groups().stream()
            .filter(g -> g.group().equals("graduate"))
            .findFirst()
            .orElseThrow();
    assertThat(s1.options())
        .extracting(o -> o.code() + "=" + o.before())
        .containsExactly("a=0", "b=1");
    assertThat(report.reliability()).hasSize(2);
  }

  @Test
  void oneRoundGivesDescriptivesOnly() {
    SurveyReport report = reports.report(oneRound.surveyId, null, null);
    assertThat(report.comparable()).isFalse();
    assertThat(report.responses()).isZero();
    assertThat(report.table2().rows()).isEmpty();
  }

  @Test
  void csvHasBomHeaderAndDefusedCells() {
    StringWriter out = new StringWriter();
    exports.writeResponses(data.surveyId, out);
    String csv = out.toString();
    assertThat(csv)
        .startsWith(
            "\uFEFFresponse_id,round,round_kind,group,submitted_at,paired,q1,q2,s1,m1,o1\r\n");
    assertThat(csv).contains(",graduate,").contains(",no,3,0,b,x;y,'=cmd|' /C calc'!A0\r\n");
    assertThat(csv).contains(",yes,").doesNotContain("p1");
    assertThat(csv.split("\r\n")).hasSize(8);
  }

  @Test
  void spssSyntaxReadsTheCsvWithLabels() {
    StringWriter out = new StringWriter();
    exports.writeSpss(data.surveyId, Locale.forLanguageTag("ru"), out);
    String sps = out.toString();
    assertThat(sps).contains("GET DATA /TYPE=TXT /FILE='responses.csv' /ENCODING='UTF8'");
    assertThat(sps).contains("/FIRSTCASE=2").contains("q1 F1.0").contains("s1 A2");
    assertThat(sps).contains("VALUE LABELS q1 q2").contains("0 'Нет'").contains("EXECUTE.");
    StringWriter codebook = new StringWriter();
    exports.writeCodebook(data.surveyId, Locale.ENGLISH, codebook);
    assertThat(codebook.toString())
        .contains("q2,q2,Item q2,scale,0=No; 1=Rather no; 2=Rather yes; 3=Yes,yes");
  }
}
