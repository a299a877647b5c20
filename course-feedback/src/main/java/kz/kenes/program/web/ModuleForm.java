package kz.kenes.program.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.program.api.ModuleView;
import kz.kenes.program.application.ModuleCommand;

/**
 * The add and edit module forms as typed: code (when adding), title, credits, hours (empty: 30 per
 * credit), competencies and learning outcomes one per line, and lessons with their steps in the
 * {@link LessonsText} format.
 */
record ModuleForm(
    String code,
    String title,
    String credits,
    String hours,
    String competencies,
    String learningOutcomes,
    String lessons) {

  static final List<String> FIELDS =
      List.of("code", "title", "credits", "hours", "competencies", "learningOutcomes", "lessons");

  /** Adding a module: a refusal marks its fields; a conflict is a taken code. */
  static final FormErrors.Form ERRORS = PageForms.errors(FIELDS, "code");

  /** Editing a module: a conflict is someone else's edit saved first, shown on the title. */
  static final FormErrors.Form EDIT_ERRORS =
      FormErrors.form(FIELDS, "form.error.").onConflict("title", "form.error.concurrent");

  static ModuleForm empty() {
    return new ModuleForm("", "", "", "", "", "", "");
  }

  static ModuleForm from(MultivaluedMap<String, String> form) {
    return new ModuleForm(
        form.getFirst("code"),
        form.getFirst("title"),
        form.getFirst("credits"),
        form.getFirst("hours"),
        form.getFirst("competencies"),
        form.getFirst("learningOutcomes"),
        form.getFirst("lessons"));
  }

  static ModuleForm of(ModuleView stored) {
    return new ModuleForm(
        stored.code(),
        stored.title(),
        String.valueOf(stored.credits()),
        String.valueOf(stored.hours()),
        Lines.join(stored.competencies()),
        Lines.join(stored.learningOutcomes()),
        LessonsText.format(stored.lessons()));
  }

  /**
   * The command the form describes.
   *
   * @throws DomainException 400 naming {@code credits} or {@code hours} when not a whole number, or
   *     {@code lessons} when the lessons text is malformed
   */
  ModuleCommand toCommand() {
    return new ModuleCommand(
        code,
        title,
        number("credits", credits),
        number("hours", hours),
        Lines.of(competencies),
        Lines.of(learningOutcomes),
        LessonsText.parse(lessons));
  }

  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", Lines.valueOrEmpty(code));
    values.put("title", Lines.valueOrEmpty(title));
    values.put("credits", Lines.valueOrEmpty(credits));
    values.put("hours", Lines.valueOrEmpty(hours));
    values.put("competencies", Lines.valueOrEmpty(competencies));
    values.put("learningOutcomes", Lines.valueOrEmpty(learningOutcomes));
    values.put("lessons", Lines.valueOrEmpty(lessons));
    return values;
  }

  /** A whole number, or null when left empty (the service decides whether that is allowed). */
  static Integer number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "'" + field + "' must be a whole number.");
    }
  }
}
