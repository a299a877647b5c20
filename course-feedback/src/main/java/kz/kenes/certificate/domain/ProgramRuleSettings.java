package kz.kenes.certificate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;

/**
 * What a program's administrator sets for the program's certificate: the completion rules and the
 * text the certificate shows. {@link #validated} refuses what cannot be stored, field by field.
 *
 * @param requiredCourses the courses (LTI context ids) whose certificate the learner must hold;
 *     empty for every course that delivers a module of the program
 * @param minPercent the minimum overall percentage over the required courses, 0..100; null for none
 * @param autoIssue whether Kenes issues the certificate as soon as the rules hold
 * @param title the certificate's title; blank for the program's name
 * @param hours the study hours the certificate states; null for none
 * @param credits the credits it states; null for none
 * @param competencies the competencies it lists, one per entry
 */
public record ProgramRuleSettings(
    List<Long> requiredCourses,
    Integer minPercent,
    boolean autoIssue,
    String title,
    Integer hours,
    BigDecimal credits,
    List<String> competencies) {

  public static final int MAX_COURSES = 100;

  /** Nothing set: every course required, no minimum, issued by hand only. */
  public static ProgramRuleSettings none() {
    return new ProgramRuleSettings(List.of(), null, false, "", null, null, List.of());
  }

  public ProgramRuleSettings {
    requiredCourses =
        List.copyOf(new LinkedHashSet<>(requiredCourses == null ? List.of() : requiredCourses));
    competencies =
        (competencies == null ? List.<String>of() : new ArrayList<>(competencies))
            .stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    title = title == null ? "" : title.strip();
  }

  /** These settings, or {@link InvalidInput} naming every field that cannot be stored. */
  public ProgramRuleSettings validated() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (requiredCourses.size() > MAX_COURSES || requiredCourses.stream().anyMatch(c -> c <= 0)) {
      errors.put("requiredCourses", "courses are named by their id, at most " + MAX_COURSES);
    }
    // the text is checked as a course's is: the same limits, the same messages
    try {
      new RuleSettings(List.of(), minPercent, List.of(), false, title, hours, credits, competencies)
          .validated();
    } catch (InvalidInput refused) {
      errors.putAll(refused.fieldErrors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          "invalid-certificate-rules", "the program certificate rules: " + errors, errors);
    }
    return this;
  }
}
