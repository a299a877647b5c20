package kz.kenes.program.domain;

import java.util.List;

/**
 * What a module version teaches: the competencies it forms, its learning outcomes and its lessons
 * with their steps. An immutable value; equal outlines mean no change.
 */
public record ModuleOutline(
    List<String> competencies, List<String> learningOutcomes, List<Lesson> lessons) {

  public static final ModuleOutline EMPTY = new ModuleOutline(List.of(), List.of(), List.of());

  public ModuleOutline {
    competencies = competencies == null ? List.of() : List.copyOf(competencies);
    learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
    lessons = lessons == null ? List.of() : List.copyOf(lessons);
  }
}
