package kz.kenes.crowdsourcing.domain;

import java.util.List;

/**
 * What a change says a module becomes. Each field left null stays as the module's current version
 * has it: a {@link RevisionChangeKind#COMPETENCIES} change gives only {@code competencies}, a
 * {@link RevisionChangeKind#CONTENT} change any of them, a {@link RevisionChangeKind#NEW_MODULE}
 * change at least title and credits; a removal none.
 */
public record ModuleSpec(
    String title,
    Integer credits,
    Integer hours,
    List<String> competencies,
    List<String> learningOutcomes,
    List<LessonSpec> lessons) {

  public static final ModuleSpec NONE = new ModuleSpec(null, null, null, null, null, null);

  /** A lesson as a change gives it: title and steps. */
  public record LessonSpec(String title, List<String> steps) {
    public LessonSpec {
      steps = steps == null ? List.of() : List.copyOf(steps);
    }
  }

  public ModuleSpec {
    competencies = competencies == null ? null : List.copyOf(competencies);
    learningOutcomes = learningOutcomes == null ? null : List.copyOf(learningOutcomes);
    lessons = lessons == null ? null : List.copyOf(lessons);
  }
}
