package kz.kenes.program.domain;

import java.util.List;

/** A lesson of a module version: a title and its steps (video, reading, task…) in order. */
public record Lesson(String title, List<String> steps) {

  public Lesson {
    title = University.requireText(title, "lesson title");
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
