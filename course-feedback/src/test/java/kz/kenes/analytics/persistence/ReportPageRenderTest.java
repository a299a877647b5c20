package kz.kenes.analytics.persistence;

import static kz.kenes.analytics.persistence.SurveyDataSet.aSurveyDataSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.kenes.analytics.application.SurveyReports;
import kz.kenes.analytics.web.ReportPage;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.TestViews;
import org.junit.jupiter.api.Test;

/** The report page renders from a real report, escaped, with its charts' data and tables. */
class ReportPageRenderTest {

  @Test
  void rendersTable2ChartsAndDownloadsInRussian() throws Exception {
    TestDatabase database = TestDatabase.h2();
    try {
      SurveyDataSet data =
          aSurveyDataSet()
              .scale("q1")
              .scale("q2")
              .round(1)
              .group("employer")
              .respondent(3, 3)
              .respondent(1, 2)
              .round(2)
              .group("employer")
              .respondent(3, 2)
              .respondent(2, 2)
              .insertInto(database.dataSource);
      ReportPage page = new ReportPage(TestViews.create(), new Messages());
      KenesSession session =
          new KenesSession(
              1,
              KenesSession.Kind.ADMIN_TOKEN,
              null,
              null,
              null,
              null,
              null,
              List.of(),
              KenesRole.ADMIN,
              "ru",
              "csrf",
              Instant.now().plusSeconds(60));
      PageRequest request = new PageRequest(session, "tok<en>", Locale.forLanguageTag("ru"));
      var report =
          new SurveyReports(new JdbcReportQueries(database.dataSource))
              .report(data.surveyId, null, null);
      String html = page.render(request, report);
      assertThat(html)
          .contains("Работодатели")
          .contains("id=\"table2\"")
          .contains("data-chart=\"{")
          .contains("responses.csv?kt=tok%3Cen%3E")
          .contains("data-print")
          .doesNotContain("??")
          .doesNotContain("tok<en>");
    } finally {
      database.drop();
    }
  }
}
