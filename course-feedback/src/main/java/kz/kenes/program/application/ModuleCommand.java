package kz.kenes.program.application;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ModuleOutline;

/**
 * A module as a client sends it ({@code POST} and {@code PUT …/modules}): code (ignored on {@code
 * PUT}, where the path names the module), title, credits, hours (30 per credit when left out),
 * competencies, learning outcomes and lessons with steps. {@link #validate} checks it field by
 * field.
 */
public record ModuleCommand(
    String code,
    String title,
    Integer credits,
    Integer hours,
    List<String> competencies,
    List<String> learningOutcomes,
    List<LessonCommand> lessons) {

  /** A lesson as a client sends it. */
  public record LessonCommand(String title, List<String> steps) {}

  /**
   * The content of the module version this command describes.
   *
   * @throws DomainException 400 naming the first field at fault
   */
  public ModuleContent validate() {
    String checkedTitle = Fields.text("title", title, 300);
    int checkedCredits = Fields.required("credits", credits);
    if (checkedCredits < 1 || checkedCredits > 1000) {
      throw new InvalidInput("credits", "'credits' must be between 1 and 1000.");
    }
    int checkedHours = hours == null ? checkedCredits * ModuleContent.HOURS_PER_CREDIT : hours;
    if (checkedHours < 1 || checkedHours > 100_000) {
      throw new InvalidInput("hours", "'hours' must be between 1 and 100000.");
    }
    ModuleOutline outline =
        new ModuleOutline(
            Fields.texts("competencies", competencies),
            Fields.texts("learningOutcomes", learningOutcomes),
            checkedLessons());
    return new ModuleContent(checkedTitle, checkedCredits, checkedHours, outline);
  }

  private List<Lesson> checkedLessons() {
    List<Lesson> checked = new ArrayList<>();
    List<LessonCommand> given = lessons == null ? List.of() : lessons;
    for (int i = 0; i < given.size(); i++) {
      String field = "lessons[" + i + "]";
      LessonCommand lesson = Fields.required(field, given.get(i));
      checked.add(
          new Lesson(
              Fields.text(field + ".title", lesson.title(), 300),
              Fields.texts(field + ".steps", lesson.steps())));
    }
    return checked;
  }
}
