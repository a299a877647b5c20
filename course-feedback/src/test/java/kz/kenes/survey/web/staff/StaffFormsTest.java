package kz.kenes.survey.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.survey.application.SurveyCommands.NewInvitation;
import kz.kenes.survey.application.SurveyCommands.NewRound;
import kz.kenes.survey.application.SurveyCommands.NewSurvey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaffFormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2026-03-01T09:00, 2026-03-01T09:00:00Z",
    "2026-03-01T09:00:30, 2026-03-01T09:00:30Z",
    "' 2026-03-01 09:00 ', 2026-03-01T09:00:00Z",
    "2026-12-31T23:59, 2026-12-31T23:59:00Z"
  })
  void readsDateTimeLocalValuesInUtc(String typed, String expected) {
    assertThat(StaffForms.dateTime(typed)).contains(Instant.parse(expected));
    assertThat(StaffForms.isoInstant(typed)).isEqualTo(expected);
    assertThat(StaffForms.dateTimeReading(typed)).isEqualTo(StaffForms.Reading.VALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "2026-02-30T09:00", "2026-03-01", "01.03.2026 09:00"})
  void refusesTextThatIsNotADateAndTime(String typed) {
    assertThat(StaffForms.dateTime(typed)).isEmpty();
    assertThat(StaffForms.dateTimeReading(typed)).isEqualTo(StaffForms.Reading.INVALID);
  }

  @Test
  void blankDateIsNotGiven() {
    assertThat(StaffForms.dateTimeReading("  ")).isEqualTo(StaffForms.Reading.BLANK);
    assertThat(StaffForms.dateTimeReading(null)).isEqualTo(StaffForms.Reading.BLANK);
    assertThat(StaffForms.isoInstant("")).isNull();
  }

  @Test
  void showsAndPrefillsInstantsInUtc() {
    Instant instant = Instant.parse("2026-03-01T04:05:00Z");
    assertThat(StaffForms.shown(instant)).isEqualTo("2026-03-01 04:05");
    assertThat(StaffForms.inputValue(instant)).isEqualTo("2026-03-01T04:05");
    assertThat(StaffForms.dateTime(StaffForms.inputValue(instant))).contains(instant);
  }

  @Test
  void checkboxIsTickedWhenSent() {
    assertThat(StaffForms.checkbox("true")).isTrue();
    assertThat(StaffForms.checkbox("on")).isTrue();
    assertThat(StaffForms.checkbox("")).isTrue();
    assertThat(StaffForms.checkbox(null)).isFalse();
    assertThat(StaffForms.checkbox("false")).isFalse();
  }

  @Test
  void readsWholeNumbers() {
    assertThat(StaffForms.wholeNumber(" 25 ")).hasValue(25);
    assertThat(StaffForms.wholeNumber("-3")).hasValue(-3);
    assertThat(StaffForms.wholeNumber("2.5")).isEmpty();
    assertThat(StaffForms.wholeNumber("ten")).isEmpty();
    assertThat(StaffForms.wholeNumber("")).isEmpty();
    assertThat(StaffForms.wholeNumber(null)).isEmpty();
  }

  @Test
  void surveyFormBecomesACommand() {
    SurveyForm form =
        SurveyForm.from(
            posted(Map.of("title", "Agronomy 2026", "instrumentId", "7", "programId", "12")));
    assertThat(form.check().any()).isFalse();
    assertThat(form.toCommand()).isEqualTo(new NewSurvey("Agronomy 2026", 7L, 12L, null));
  }

  @Test
  void surveyFormMarksIdsThatAreNotNumbers() {
    SurveyForm form = SurveyForm.from(posted(Map.of("programId", "abc", "moduleId", "x")));
    assertThat(form.check().fields())
        .containsOnlyKeys("programId", "moduleId")
        .containsEntry("programId", "survey.staff.error.survey.programId");
    assertThat(form.values()).containsEntry("programId", "abc").containsEntry("title", "");
  }

  @Test
  void roundFormTurnsLocalDatesIntoInstants() {
    RoundForm form =
        RoundForm.from(
            posted(
                Map.of(
                    "kind", "baseline",
                    "label", "Before",
                    "opensAt", "",
                    "closesAt", "2026-04-01T18:30")));
    assertThat(form.check().any()).isFalse();
    assertThat(form.toCommand())
        .isEqualTo(new NewRound("baseline", "Before", null, "2026-04-01T18:30:00Z"));
  }

  @Test
  void roundFormMarksDatesThatAreNotDates() {
    RoundForm form = RoundForm.from(posted(Map.of("opensAt", "soon", "closesAt", "later")));
    assertThat(form.check().fields())
        .isEqualTo(
            Map.of("opensAt", StaffForms.DATE_TIME_ERROR, "closesAt", StaffForms.DATE_TIME_ERROR));
    assertThat(RoundForm.checkReopen("x").fields()).containsOnlyKeys("closesAt");
    assertThat(RoundForm.reopen("").closesAt()).isNull();
  }

  @Test
  void singleUseInvitationIgnoresTheCount() {
    InvitationForm form =
        InvitationForm.from(
            posted(Map.of("group", "employer", "uses", "single", "maxUses", "abc")));
    assertThat(form.check().any()).isFalse();
    assertThat(form.toCommand()).isEqualTo(new NewInvitation("employer", 1, null, false, ""));
  }

  @Test
  void sharedInvitationNeedsAWholeCountInRange() {
    Map<String, String> typed =
        Map.of(
            "group", "graduate",
            "uses", "many",
            "maxUses", "50",
            "anonymous", "true",
            "expiresAt", "2026-05-01T00:00",
            "label", "mailing");
    InvitationForm form = InvitationForm.from(posted(typed));
    assertThat(form.check().any()).isFalse();
    assertThat(form.toCommand())
        .isEqualTo(new NewInvitation("graduate", 50, "2026-05-01T00:00:00Z", true, "mailing"));
    for (String bad : List.of("", "0", "100001", "5.5")) {
      InvitationForm refused = InvitationForm.from(posted(Map.of("uses", "many", "maxUses", bad)));
      assertThat(refused.check().fields()).as(bad).containsOnlyKeys("maxUses");
    }
  }

  @Test
  void serviceFieldsLandOnTheFormFieldTheyStartWith() {
    FormErrors errors = RoundForm.ERRORS.of(Map.of("closesAt", "x", "body", "y"));
    assertThat(errors.fields())
        .containsEntry("closesAt", "survey.staff.error.round.closesAt")
        .containsEntry("kind", "survey.staff.error.round.kind");
    assertThat(
            StaffForms.errors("instrument", List.of("definition", "items"))
                .field("items[3].text.kk"))
        .isEqualTo("items");
  }

  private static MultivaluedHashMap<String, String> posted(Map<String, String> values) {
    MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
    values.forEach(form::putSingle);
    return form;
  }
}
