package kz.kenes.analytics.persistence;

import static kz.kenes.analytics.persistence.SurveyDataSet.aSurveyDataSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.analytics.application.SurveyReports;
import kz.kenes.analytics.web.ReportPage;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.identity.web.Pages;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.TestViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report page renders from a real report, escaped, with its charts' data and tables. */
class ReportPageRenderTest {

  private static final Pattern SCROLL_REGION = Pattern.compile("<div class=\"table-scroll\"[^>]*>");
  private static final Pattern ARIA_LABEL = Pattern.compile("aria-label=\"([^\"]*)\"");

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
      String html = render(database, data, "ru");
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

  /** The report page of the survey, rendered for an administrator in {@code language}. */
  private static String render(TestDatabase database, SurveyDataSet data, String language) {
    ReportPage page = new ReportPage(TestViews.create(), new Messages());
    PageRequest request =
        new PageRequest(Pages.adminTokenSession(), "tok<en>", Locale.forLanguageTag(language));
    var report =
        new SurveyReports(new JdbcReportQueries(database.dataSource))
            .report(data.surveyId, null, null);
    return page.render(request, report);
  }

  /**
   * axe-core's scrollable-region-focusable: every horizontally scrolling table region takes
   * keyboard focus and is a region with a name in the page's language.
   */
  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void scrollRegionsAreFocusableAndNamed(String language) throws Exception {
    TestDatabase database = TestDatabase.h2();
    try {
      SurveyDataSet data =
          aSurveyDataSet()
              .scale("q1")
              .round(1)
              .group("employer")
              .respondent(3)
              .round(2)
              .group("employer")
              .respondent(2)
              .insertInto(database.dataSource);
      String html = render(database, data, language);
      Matcher region = SCROLL_REGION.matcher(html);
      List<String> names = new ArrayList<>();
      while (region.find()) {
        String tag = region.group();
        assertThat(tag).as(tag).contains("tabindex=\"0\"").contains("role=\"region\"");
        Matcher name = ARIA_LABEL.matcher(tag);
        assertThat(name.find()).as("aria-label of %s", tag).isTrue();
        names.add(name.group(1));
      }
      assertThat(names).hasSize(3).doesNotHaveDuplicates();
      assertThat(names).allSatisfy(n -> assertThat(n).isNotBlank().doesNotContain("??"));
    } finally {
      database.drop();
    }
  }
}
