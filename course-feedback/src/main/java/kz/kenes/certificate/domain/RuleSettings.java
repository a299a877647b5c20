package kz.kenes.certificate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.kenes.platform.domain.InvalidInput;

/**
 * What an instructor sets for a course's certificate: the completion rules and the text the
 * certificate shows. {@link #validated} refuses what cannot be stored, field by field.
 *
 * @param requiredQuizzes quiz references ({@code quiz:<id>}) that must be passed
 * @param minPercent the minimum overall percentage over the course's quizzes, 0..100; null for none
 * @param requiredSurveys survey ids of which the learner must have answered a round
 * @param autoIssue whether Kenes issues the certificate as soon as the rules hold
 * @param title the certificate's title; blank for the course's title
 * @param hours the study hours the certificate states; null for none
 * @param credits the credits it states; null for none
 * @param competencies the competencies it lists, one per entry
 */
public record RuleSettings(
    List<String> requiredQuizzes,
    Integer minPercent,
    List<Long> requiredSurveys,
    boolean autoIssue,
    String title,
    Integer hours,
    BigDecimal credits,
    List<String> competencies) {

  public static final Pattern QUIZ = Pattern.compile("quiz:[A-Za-z0-9_-]{1,64}");
  public static final int MAX_TITLE = 300;
  public static final int MAX_COMPETENCIES = 20;
  public static final int MAX_COMPETENCY = 200;
  public static final int MAX_QUIZZES = 50;
  public static final int MAX_SURVEYS = 20;

  /** No rule, nothing stated: a course whose certificate only an instructor issues. */
  public static RuleSettings none() {
    return new RuleSettings(List.of(), null, List.of(), false, "", null, null, List.of());
  }

  public RuleSettings {
    requiredQuizzes = List.copyOf(new LinkedHashSet<>(nonNull(requiredQuizzes)));
    requiredSurveys = List.copyOf(new LinkedHashSet<>(nonNull(requiredSurveys)));
    competencies =
        nonNull(competencies).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    title = title == null ? "" : title.strip();
  }

  /** These settings, or {@link InvalidInput} naming every field that cannot be stored. */
  public RuleSettings validated() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (requiredQuizzes.size() > MAX_QUIZZES
        || requiredQuizzes.stream().anyMatch(q -> !QUIZ.matcher(q).matches())) {
      errors.put("requiredQuizzes", "quizzes are named quiz:<id>, at most " + MAX_QUIZZES);
    }
    if (minPercent != null && (minPercent < 0 || minPercent > 100)) {
      errors.put("minPercent", "the minimum percentage is between 0 and 100");
    }
    if (requiredSurveys.size() > MAX_SURVEYS || requiredSurveys.stream().anyMatch(s -> s <= 0)) {
      errors.put("requiredSurveys", "surveys are named by their id, at most " + MAX_SURVEYS);
    }
    if (title.length() > MAX_TITLE) {
      errors.put("title", "the title has at most " + MAX_TITLE + " characters");
    }
    if (hours != null && (hours < 0 || hours > 10_000)) {
      errors.put("hours", "hours are between 0 and 10000");
    }
    if (credits != null
        && (credits.signum() < 0
            || credits.compareTo(BigDecimal.valueOf(1000)) > 0
            || credits.scale() > 2)) {
      errors.put("credits", "credits are between 0 and 1000, with at most two decimals");
    }
    if (competencies.size() > MAX_COMPETENCIES
        || competencies.stream().anyMatch(c -> c.length() > MAX_COMPETENCY)) {
      errors.put(
          "competencies",
          "at most " + MAX_COMPETENCIES + " competencies of " + MAX_COMPETENCY + " characters");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          "invalid-certificate-rules", "the certificate rules: " + errors, errors);
    }
    return this;
  }

  /** Whether any completion rule is set (else only an instructor issues). */
  public boolean hasRules() {
    return !requiredQuizzes.isEmpty()
        || (minPercent != null && minPercent > 0)
        || !requiredSurveys.isEmpty();
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : new ArrayList<>(list);
  }
}
