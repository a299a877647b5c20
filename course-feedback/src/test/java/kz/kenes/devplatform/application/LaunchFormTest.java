package kz.kenes.devplatform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.platform.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchFormTest {

  @Test
  void turnsTheFormIntoAChoiceLaunchingIntoTheIframeByDefault() {
    LaunchChoice choice = new LaunchForm("admin", "demo-admin", "c1", "kk", null).choice();

    assertThat(choice)
        .isEqualTo(
            new LaunchChoice(PlatformRole.ADMIN, "demo-admin", "c1", "kk", DocumentTarget.IFRAME));
  }

  @Test
  void launchesIntoAWindowWhenAsked() {
    assertThat(new LaunchForm("none", "u", "c", "en", "window").choice().target())
        .isEqualTo(DocumentTarget.WINDOW);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        "role, root, u, c, en, iframe",
        "role, null, u, c, en, iframe",
        "user, learner, null, c, en, iframe",
        "course, learner, u, ' ', en, iframe",
        "locale, learner, u, c, de, iframe",
        "locale, learner, u, c, null, iframe",
        "target, learner, u, c, en, popup"
      })
  void refusesAFieldThatIsMissingOrUnknown(
      String field, String role, String user, String course, String locale, String target) {
    LaunchForm form = new LaunchForm(role, user, course, locale, target);

    assertThatThrownBy(form::choice)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
  }
}
