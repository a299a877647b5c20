package kz.kenes.program.application;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.text.UntrustedText;
import kz.kenes.program.domain.PlanOutline;
import kz.kenes.program.domain.WeeklyTopic;

/**
 * A course plan as a client sends it ({@code PUT /api/courses/{contextRef}/plan}). {@link
 * #validate} checks it field by field; week numbers run 1, 2, 3… in order.
 */
public record PlanCommand(
    String title,
    String discipline,
    String trainingDirection,
    String purpose,
    List<String> formats,
    List<WeekCommand> weeks,
    List<String> competencies,
    List<String> learningOutcomes,
    List<String> authors,
    List<String> prerequisites) {

  /** One week as a client sends it. */
  public record WeekCommand(Integer week, String topic) {}

  /** A plan whose every field has been checked. */
  public record Valid(
      String title,
      String discipline,
      String trainingDirection,
      String purpose,
      PlanOutline outline) {}

  /**
   * @throws DomainException 400 naming the first field at fault
   */
  public Valid validate() {
    String checkedTitle = Fields.text("title", title, 300);
    String checkedDiscipline = Fields.text("discipline", discipline, 300);
    String checkedDirection = Fields.text("trainingDirection", trainingDirection, 300);
    String checkedPurpose = purpose == null ? "" : purpose.strip();
    if (checkedPurpose.length() > 4000) {
      throw new InvalidInput("purpose", "'purpose' is longer than 4000 characters.");
    }
    UntrustedText.requireNoNul("purpose", checkedPurpose);
    PlanOutline outline =
        new PlanOutline(
            Fields.texts("formats", formats),
            checkedWeeks(),
            Fields.texts("competencies", competencies),
            Fields.texts("learningOutcomes", learningOutcomes),
            Fields.texts("authors", authors),
            Fields.texts("prerequisites", prerequisites));
    return new Valid(checkedTitle, checkedDiscipline, checkedDirection, checkedPurpose, outline);
  }

  private List<WeeklyTopic> checkedWeeks() {
    List<WeeklyTopic> checked = new ArrayList<>();
    List<WeekCommand> given = weeks == null ? List.of() : weeks;
    for (int i = 0; i < given.size(); i++) {
      String field = "weeks[" + i + "]";
      WeekCommand week = Fields.required(field, given.get(i));
      if (week.week() == null || week.week() != i + 1) {
        throw new InvalidInput(
            field + ".week", "'" + field + ".week' must be " + (i + 1) + ": weeks run 1, 2, 3….");
      }
      checked.add(new WeeklyTopic(i + 1, Fields.text(field + ".topic", week.topic(), 300)));
    }
    return checked;
  }
}
