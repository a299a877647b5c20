package kz.kenes.survey.web.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.survey.application.SurveyCommands.NewSurvey;

/**
 * The "create a survey" form as typed: title, instrument, program and (optional) module, the last
 * three as the ids their selects post.
 */
public record SurveyForm(String title, String instrumentId, String programId, String moduleId) {

  static final String NAME = "survey";
  static final List<String> FIELDS = List.of("title", "instrumentId", "programId", "moduleId");
  static final FormErrors.Form ERRORS = StaffForms.errors(NAME, FIELDS);

  static SurveyForm empty() {
    return new SurveyForm("", "", "", "");
  }

  static SurveyForm from(Map<String, List<String>> form) {
    return new SurveyForm(
        first(form, "title"),
        first(form, "instrumentId"),
        first(form, "programId"),
        first(form, "moduleId"));
  }

  /** What the form itself can tell is wrong: an id that is not a number. */
  FormErrors check() {
    FormErrors errors = FormErrors.none();
    for (String field : List.of("instrumentId", "programId", "moduleId")) {
      String value = values().get(field);
      if (!StaffForms.blank(value) && StaffForms.wholeNumber(value).isEmpty()) {
        errors = errors.with(field, ERRORS.messageKey(field));
      }
    }
    return errors;
  }

  NewSurvey toCommand() {
    return new NewSurvey(
        StaffForms.blank(title) ? null : title, id(instrumentId), id(programId), id(moduleId));
  }

  /** Field name to typed value (never null), as the template reads it. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", StaffForms.typed(title));
    values.put("instrumentId", StaffForms.typed(instrumentId));
    values.put("programId", StaffForms.typed(programId));
    values.put("moduleId", StaffForms.typed(moduleId));
    return values;
  }

  private static Long id(String value) {
    OptionalLong id = StaffForms.wholeNumber(value);
    return id.isPresent() ? id.getAsLong() : null;
  }

  static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
