package kz.kenes.integration.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kz.kenes.integration.lti.application.NonRespondents;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The roster page's non-respondents and the grades page's gradebook, rendered in each language: no
 * missing string, an anonymous round lists no one and says why, a link the gradebook could not read
 * says why.
 */
class CoursePagesTest {

  private static final Views VIEWS = TestViews.create();

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void anAnonymousRoundListsNoOneAndSaysWhy(String language) {
    RosterPagesResource.ActivityView open =
        new RosterPagesResource.ActivityView(
            "survey-round:1",
            "Course survey",
            "baseline",
            "2026-12-31 18:00 UTC",
            false,
            3,
            1,
            List.of(
                new RosterPagesResource.RoleGroup(
                    "learner", List.of(new NonRespondents.Member("b", "learner", null, null)))),
            null,
            1,
            "/app/course/roster/non-respondents?activity=survey-round%3A1");
    RosterPagesResource.ActivityView anonymous =
        new RosterPagesResource.ActivityView(
            "survey-round:2", "Anonymous", "follow-up", null, true, 3, 0, List.of(), null, 0, null);

    String html = roster(language, List.of(open, anonymous));

    assertThat(html)
        .doesNotContain("??")
        .contains("data-kenes-non-respondent=\"b\"")
        .contains("data-kenes-non-respondents=\"1\"")
        .contains("kenes-non-respondents-csv")
        .doesNotContain("kenes-remind");
    String anonymousBlock = html.substring(html.indexOf("data-kenes-activity=\"survey-round:2\""));
    assertThat(anonymousBlock.substring(0, anonymousBlock.indexOf("</article>")))
        .contains("data-kenes-anonymous=\"true\"")
        .doesNotContain("data-kenes-non-respondents=")
        .doesNotContain("data-kenes-non-respondent=")
        .contains(text(language, "roster.nonRespondents.anonymous"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void theGradebookSaysPerLinkWhyItWasNotRead(String language) {
    GradesPagesResource.Row row =
        new GradesPagesResource.Row(
            1,
            "Survey",
            "survey:1",
            "Aigerim",
            "1 / 1",
            "delivered",
            1,
            null,
            "2026-12-06",
            null,
            "unavailable",
            null);
    PageModel page = PageModel.of(Locale.forLanguageTag(language), "grades.title");
    page.with("rows", List.of(row))
        .with("gradebookRead", true)
        .with("readGradebookUrl", "/app/course/grades?gradebook=read")
        .with(
            "gradebookLinks",
            List.of(
                new GradesPagesResource.GradebookLink(
                    "Survey", "survey:1", "no-answer", "grades.gradebook.no-answer", "8"),
                new GradesPagesResource.GradebookLink(
                    "Other", "survey:2", "read", "grades.gradebook.read-ok", "3")));

    String html = VIEWS.render("course/grades", page.locale(), page.asMap());

    assertThat(html)
        .doesNotContain("??")
        .contains("data-kenes-gradebook-outcome=\"no-answer\"")
        .contains("data-kenes-gradebook=\"unavailable\"")
        .contains(text(language, "grades.gradebook.cell.unavailable"));
  }

  private static String roster(String language, List<RosterPagesResource.ActivityView> activities) {
    PageModel page = PageModel.of(Locale.forLanguageTag(language), "roster.title");
    page.with("members", List.of())
        .with("active", 3L)
        .with("total", 3)
        .with("serviceOffered", true)
        .with("syncedAt", "2026-12-06 10:00:00 UTC")
        .with("syncAction", "/app/course/roster/sync")
        .with("activities", activities);
    return VIEWS.render("course/roster", page.locale(), page.asMap());
  }

  private static String text(String language, String key) {
    return kz.kenes.platform.i18n.Messages.bundle(Locale.forLanguageTag(language))
        .getString(key)
        .replace("\"", "&quot;");
  }
}
