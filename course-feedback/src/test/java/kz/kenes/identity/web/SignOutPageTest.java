package kz.kenes.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignOutPageTest {

  private static final Views VIEWS = TestViews.create();

  @ParameterizedTest
  @CsvSource({"en,Sign out", "ru,Выйти", "kk,Шығу"})
  void everyPageOfASessionHasASignOutButtonPostingItsTokens(String language, String label) {
    PageRequest request = Pages.request(Pages.session(KenesRole.LEARNER), language);
    String html =
        VIEWS.render(
            LandingResource.template(request.session()),
            request.locale(),
            LandingResource.model(request, CallerProfile.NONE).asMap());

    String form = html.substring(html.indexOf("<form class=\"sign-out\""));
    assertThat(form)
        .startsWith("<form class=\"sign-out\" method=\"post\" action=\"/app/sign-out\">")
        .contains(
            "<input type=\"hidden\" name=\"kt\" value=\"session-token-1\">",
            "<input type=\"hidden\" name=\"csrf\" value=\"csrf-token-1\">",
            ">" + label + "</button>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "kk"})
  void theSignedOutPageCarriesNoSessionAndSaysHowToComeBack(String language) {
    String afterLaunch = render(Pages.request(Pages.session(KenesRole.LEARNER), language));
    String afterAdminToken = render(Pages.request(Pages.adminTokenSession(), language));

    assertThat(afterLaunch)
        .doesNotContain("session-token-1", "csrf-token-1", "sign-out", "data-kenes-role=")
        .doesNotContain("??")
        .doesNotContain("href=\"/admin");
    assertThat(afterAdminToken)
        .contains("href=\"/admin?lang=" + language + "\"")
        .doesNotContain("session-token-1", "??");
  }

  private static String render(PageRequest request) {
    return VIEWS.render("signed-out", request.locale(), SignOutResource.model(request).asMap());
  }
}
