package kz.kenes.survey.web.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.survey.application.SurveyCommands.NewRound;
import kz.kenes.survey.application.SurveyCommands.Reopen;

/**
 * The "add a round" form as typed: kind, label, and the opening and closing dates of {@code
 * datetime-local} inputs, read in {@link StaffForms#ZONE}. A blank opening date means now.
 */
public record RoundForm(String kind, String label, String opensAt, String closesAt) {

  static final String NAME = "round";
  static final List<String> FIELDS = List.of("kind", "label", "opensAt", "closesAt");
  static final FormErrors.Form ERRORS = StaffForms.errors(NAME, FIELDS);

  /** The reopen form's one field. */
  static final List<String> REOPEN_FIELDS = List.of("closesAt");

  static final FormErrors.Form REOPEN_ERRORS = StaffForms.errors("reopen", REOPEN_FIELDS);

  static RoundForm empty() {
    return new RoundForm("baseline", "", "", "");
  }

  static RoundForm from(Map<String, List<String>> form) {
    return new RoundForm(
        SurveyForm.first(form, "kind"),
        SurveyForm.first(form, "label"),
        SurveyForm.first(form, "opensAt"),
        SurveyForm.first(form, "closesAt"));
  }

  /** Dates that are not dates; a missing closing date is the service's to refuse. */
  FormErrors check() {
    return dates(FormErrors.none(), "opensAt", opensAt, "closesAt", closesAt);
  }

  NewRound toCommand() {
    return new NewRound(
        kind, label, StaffForms.isoInstant(opensAt), StaffForms.isoInstant(closesAt));
  }

  /** The reopen form: its errors (a date that is not one) … */
  static FormErrors checkReopen(String closesAt) {
    return dates(FormErrors.none(), "closesAt", closesAt);
  }

  /** … and its command: a blank date keeps the round's closing date. */
  static Reopen reopen(String closesAt) {
    return new Reopen(StaffForms.isoInstant(closesAt));
  }

  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", StaffForms.typed(kind));
    values.put("label", StaffForms.typed(label));
    values.put("opensAt", StaffForms.typed(opensAt));
    values.put("closesAt", StaffForms.typed(closesAt));
    return values;
  }

  private static FormErrors dates(FormErrors errors, String... namesAndValues) {
    FormErrors result = errors;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (StaffForms.dateTimeReading(namesAndValues[i + 1]) == StaffForms.Reading.INVALID) {
        result = result.with(namesAndValues[i], StaffForms.DATE_TIME_ERROR);
      }
    }
    return result;
  }
}
