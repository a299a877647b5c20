package kz.kenes.program.domain;

import java.util.List;

/**
 * The lists of a course plan: formats (video lectures, screencasts, quizzes…), the weekly
 * structure, the competencies and learning outcomes the course forms, its authors and its
 * prerequisites. An immutable value.
 */
public record PlanOutline(
    List<String> formats,
    List<WeeklyTopic> weeks,
    List<String> competencies,
    List<String> learningOutcomes,
    List<String> authors,
    List<String> prerequisites) {

  public PlanOutline {
    formats = copy(formats);
    weeks = copy(weeks);
    competencies = copy(competencies);
    learningOutcomes = copy(learningOutcomes);
    authors = copy(authors);
    prerequisites = copy(prerequisites);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
