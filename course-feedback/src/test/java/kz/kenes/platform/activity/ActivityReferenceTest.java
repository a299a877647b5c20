package kz.kenes.platform.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityReferenceTest {

  @Test
  void readsTypeAndIdOfAKenesActivityParameter() {
    assertThat(ActivityReference.parse("survey:12"))
        .contains(new ActivityReference("survey", "12"));
    assertThat(ActivityReference.parse("module-feedback:M_2-b"))
        .contains(new ActivityReference("module-feedback", "M_2-b"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "survey",
        "survey:",
        ":12",
        "Survey:12",
        "survey:12:3",
        "survey:1 2",
        "survey:../12",
        "survey;drop:1",
        "survey:%2e%2e"
      })
  void refusesAnythingElse(String text) {
    assertThat(ActivityReference.parse(text)).isEmpty();
  }

  @Test
  void anActivityIsNamedByItsReference() {
    Activity survey = new Activity("survey", "12", "Satisfaction", true, "/app/surveys/12");

    assertThat(survey.reference()).isEqualTo("survey:12");
    assertThat(ActivityReference.parse(survey.reference()).orElseThrow().toString())
        .isEqualTo("survey:12");
  }

  @Test
  void anActivityRefusesATypeOrIdThatCouldNotComeBack() {
    assertThatThrownBy(() -> new Activity("Survey", "1", "t", false, "/p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Activity("survey", "1:2", "t", false, "/p"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
