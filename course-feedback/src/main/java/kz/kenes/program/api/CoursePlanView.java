package kz.kenes.program.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.program.domain.CoursePlan;
import kz.kenes.program.domain.PlanOutline;
import kz.kenes.program.domain.WeeklyTopic;

/** A course plan as the API shows it. */
public record CoursePlanView(
    long contextRef,
    String title,
    String discipline,
    String trainingDirection,
    String purpose,
    List<String> formats,
    List<WeeklyTopic> weeks,
    List<String> competencies,
    List<String> learningOutcomes,
    List<String> authors,
    List<String> prerequisites,
    Instant updatedAt) {

  public static CoursePlanView of(CoursePlan plan) {
    PlanOutline outline = plan.outline();
    return new CoursePlanView(
        plan.contextRef(),
        plan.title(),
        plan.discipline(),
        plan.trainingDirection(),
        plan.purpose(),
        outline.formats(),
        outline.weeks(),
        outline.competencies(),
        outline.learningOutcomes(),
        outline.authors(),
        outline.prerequisites(),
        plan.updatedAt());
  }
}
