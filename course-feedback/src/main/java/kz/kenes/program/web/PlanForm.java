package kz.kenes.program.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.program.api.CoursePlanView;
import kz.kenes.program.application.PlanCommand;
import kz.kenes.program.application.PlanCommand.WeekCommand;
import kz.kenes.program.domain.WeeklyTopic;

/**
 * The course plan form as typed: title, discipline, training direction and purpose, and the lists
 * one entry per line; the weekly structure is one topic per line, the first line being week 1.
 */
record PlanForm(Map<String, String> values) {

  static final List<String> FIELDS =
      List.of(
          "title",
          "discipline",
          "trainingDirection",
          "purpose",
          "formats",
          "weeks",
          "competencies",
          "learningOutcomes",
          "authors",
          "prerequisites");

  /** A refusal marks its fields; a conflict is shown on the title. */
  static final FormErrors.Form ERRORS = PageForms.errors(FIELDS, "title");

  /** The fields typed one entry per line. */
  static final List<String> LISTS =
      List.of("formats", "weeks", "competencies", "learningOutcomes", "authors", "prerequisites");

  PlanForm {
    Map<String, String> all = new LinkedHashMap<>();
    for (String field : FIELDS) {
      all.put(field, Lines.valueOrEmpty(values.get(field)));
    }
    values = all;
  }

  static PlanForm empty() {
    return new PlanForm(Map.of());
  }

  static PlanForm from(MultivaluedMap<String, String> form) {
    Map<String, String> typed = new LinkedHashMap<>();
    FIELDS.forEach(field -> typed.put(field, form.getFirst(field)));
    return new PlanForm(typed);
  }

  static PlanForm of(CoursePlanView plan) {
    Map<String, String> stored = new LinkedHashMap<>();
    stored.put("title", plan.title());
    stored.put("discipline", plan.discipline());
    stored.put("trainingDirection", plan.trainingDirection());
    stored.put("purpose", plan.purpose());
    stored.put("formats", Lines.join(plan.formats()));
    stored.put("weeks", Lines.join(plan.weeks().stream().map(WeeklyTopic::topic).toList()));
    stored.put("competencies", Lines.join(plan.competencies()));
    stored.put("learningOutcomes", Lines.join(plan.learningOutcomes()));
    stored.put("authors", Lines.join(plan.authors()));
    stored.put("prerequisites", Lines.join(plan.prerequisites()));
    return new PlanForm(stored);
  }

  PlanCommand toCommand() {
    List<WeekCommand> weeks = new ArrayList<>();
    List<String> topics = Lines.of(values.get("weeks"));
    for (int i = 0; i < topics.size(); i++) {
      weeks.add(new WeekCommand(i + 1, topics.get(i)));
    }
    return new PlanCommand(
        values.get("title"),
        values.get("discipline"),
        values.get("trainingDirection"),
        values.get("purpose"),
        Lines.of(values.get("formats")),
        weeks,
        Lines.of(values.get("competencies")),
        Lines.of(values.get("learningOutcomes")),
        Lines.of(values.get("authors")),
        Lines.of(values.get("prerequisites")));
  }
}
