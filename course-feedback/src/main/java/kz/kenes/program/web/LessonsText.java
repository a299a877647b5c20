package kz.kenes.program.web;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.application.ModuleCommand.LessonCommand;
import kz.kenes.program.domain.Lesson;

/**
 * A module's lessons typed in one textarea: a line is a lesson's title, and the lines under it that
 * start with a dash ({@code -}) are its steps, in order. Indenting the steps is allowed, blank
 * lines are ignored:
 *
 * <pre>
 * Soil types
 *   - Video lecture
 *   - Quiz
 * Soil fertility
 *   - Reading
 * </pre>
 */
final class LessonsText {

  static final String FIELD = "lessons";
  private static final String STEP = "-";

  private LessonsText() {}

  /**
   * The lessons of the text.
   *
   * @throws DomainException 400 naming {@code lessons} when a step comes before any lesson title or
   *     a step is empty
   */
  static List<LessonCommand> parse(String text) {
    List<String> titles = new ArrayList<>();
    List<List<String>> steps = new ArrayList<>();
    for (String line : Lines.of(text)) {
      if (!line.startsWith(STEP)) {
        titles.add(line);
        steps.add(new ArrayList<>());
        continue;
      }
      String step = line.substring(STEP.length()).strip();
      if (titles.isEmpty() || step.isEmpty()) {
        throw new InvalidInput(
            FIELD,
            titles.isEmpty()
                ? "'lessons': a step ('- …') comes before the first lesson title."
                : "'lessons': a step line has no text after the dash.");
      }
      steps.get(steps.size() - 1).add(step);
    }
    List<LessonCommand> lessons = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      lessons.add(new LessonCommand(titles.get(i), List.copyOf(steps.get(i))));
    }
    return lessons;
  }

  /** The text that {@link #parse} reads back as these lessons. */
  static String format(List<Lesson> lessons) {
    StringBuilder text = new StringBuilder();
    for (Lesson lesson : lessons) {
      text.append(lesson.title()).append('\n');
      lesson.steps().forEach(step -> text.append("  - ").append(step).append('\n'));
    }
    return text.toString().stripTrailing();
  }
}
