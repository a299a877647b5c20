package kz.kenes.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.api.ToolConfigResource;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LandingPagesTest {

  private static final Views VIEWS = TestViews.create();

  @ParameterizedTest
  @EnumSource(KenesRole.class)
  void bodyCarriesTheRole(KenesRole role) {
    String html = render(Pages.session(role), "en", launch("Ana", "Agronomy", "AGR-101", "Week 1"));
    assertThat(html).contains("<body data-kenes-role=\"" + role.code() + "\">");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void everyTextIsTranslated(String language) {
    for (KenesRole role : KenesRole.values()) {
      String html = render(Pages.session(role), language, launch("Ana", "C", "L", "Link"));
      assertThat(html).doesNotContain("??").contains("<html lang=\"" + language + "\"");
    }
  }

  @Test
  void learnerSeesWhatComesNextWithoutFakeData() {
    String html = render(Pages.session(KenesRole.LEARNER), "en", launch("Ana", null, null, null));
    assertThat(html)
        .contains("Welcome, Ana")
        .contains("Rate the modules")
        .contains("Propose changes")
        .contains("Take quizzes")
        .contains("This course has no quiz yet.")
        .contains("No campaign is open in this course.")
        .doesNotContain("Coming in a later release")
        .contains("Nothing to answer yet");
  }

  @Test
  void instructorSeesTheCourseAndResourceLinkOfTheLaunch() {
    String html =
        render(
            Pages.session(KenesRole.INSTRUCTOR),
            "ru",
            launch("Болат", "Агрономия", "AGR-101", "Обратная связь по модулю 1"));
    assertThat(html)
        .contains("Здравствуйте, Болат")
        .contains("Агрономия")
        .contains("(AGR-101)")
        .contains("Обратная связь по модулю 1")
        .contains("Проводить кампании обратной связи");
  }

  @Test
  void instructorWithoutCourseIsToldSo() {
    String html = render(Pages.session(KenesRole.INSTRUCTOR), "en", launch(null, null, null, null));
    assertThat(html).contains("The platform sent no course with this launch.");
  }

  @Test
  void userWithoutNameIsGreetedNeutrally() {
    String html = render(Pages.session(KenesRole.LEARNER), "kk", launch(null, null, null, null));
    assertThat(html).contains("<h1>Қош келдіңіз</h1>");
  }

  @Test
  void userControlledTextIsEscaped() {
    String html =
        render(
            Pages.session(KenesRole.INSTRUCTOR),
            "en",
            launch("<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "L&L", "\"q\""));
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<img src=x");
  }

  @Test
  void adminSeesRegistrationsLinkAndToolUrls() {
    String html = render(Pages.adminTokenSession(), "en", CallerProfile.NONE);
    assertThat(html)
        .contains("Welcome, administrator")
        .contains("href=\"/app/admin/platforms?kt=session-token-1\"")
        .contains("https://kenes.example.edu/lti/login")
        .contains("https://kenes.example.edu/lti/launch")
        .contains("https://kenes.example.edu/lti/jwks");
  }

  @Test
  void pagesCarryTheSessionForScriptsAndLinks() {
    String html = render(Pages.session(KenesRole.LEARNER), "en", launch("A", "C", "L", "T"));
    assertThat(html)
        .contains("<meta name=\"kenes-session\" content=\"session-token-1\">")
        .contains("href=\"/app?kt=session-token-1&amp;lang=kk\"")
        .contains("aria-current=\"true\"")
        .contains("<a class=\"skip-link\" href=\"#main\"")
        .contains("<main id=\"main\"");
  }

  @Test
  void pagesHaveNoInlineScriptOrStyle() {
    for (KenesRole role : KenesRole.values()) {
      String html = render(Pages.session(role), "en", launch("A", "C", "L", "T"));
      assertThat(html)
          .doesNotContain("style=")
          .doesNotContain("<style")
          .doesNotContainPattern("<[^>]*\\son[a-z]+=");
      assertThat(html.replaceAll("<script defer src=\"[^\"]+\"></script>", ""))
          .doesNotContain("<script");
    }
  }

  @Test
  void adminPagesRefuseOtherRoles() {
    PageRequest learner = Pages.request(Pages.session(KenesRole.LEARNER), "en");
    assertThatThrownBy(learner::requireAdmin)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(Problems.status(e)).isEqualTo(403));
  }

  private static String render(KenesSession session, String language, CallerProfile launch) {
    PageRequest request = Pages.request(session, language);
    var page = LandingResource.model(request, launch);
    if (session.role() == KenesRole.ADMIN) {
      page.with("tool", ToolConfigResource.of(Pages.TOOL));
    }
    return VIEWS.render(LandingResource.template(session), request.locale(), page.asMap());
  }

  private static CallerProfile launch(String name, String title, String label, String linkTitle) {
    CallerProfile.Course course =
        title != null || label != null ? new CallerProfile.Course(2L, "c-1", label, title) : null;
    CallerProfile.Placement link =
        linkTitle != null ? new CallerProfile.Placement(3L, "l-1", linkTitle) : null;
    return new CallerProfile(
        Optional.of(new CallerProfile.Person("sub-1", name, null)),
        Optional.ofNullable(course),
        Optional.ofNullable(link));
  }
}
