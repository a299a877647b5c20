package kz.kenes.quiz.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a quiz is taken: its pass rule, how many questions an attempt draws (0: all), shuffling, the
 * attempt limit (0: none), the cool-down between attempts and the time limit (0: none) in minutes,
 * which attempt is kept ({@link Kept}), and when the right answers are shown ({@link Reveal}; a
 * choice's feedback and whether each answer was right show after every submitted attempt).
 */
public record QuizSettings(
    PassRule passRule,
    int draw,
    boolean shuffleQuestions,
    boolean shuffleChoices,
    int attemptLimit,
    int cooldownMinutes,
    int timeLimitMinutes,
    Kept kept,
    Reveal reveal) {

  /** Which submitted attempt is the learner's result. */
  public enum Kept {
    BEST,
    LAST
  }

  /** When a learner sees the right answers of a submitted attempt. */
  public enum Reveal {
    /** Right after submitting. */
    AFTER_SUBMIT,
    /** Once the learner passed or has no attempt left. */
    AFTER_PASS_OR_LAST,
    /** Never (the learner sees only which answers were right). */
    NEVER
  }

  public static final int MAX_MINUTES = 7 * 24 * 60;

  public QuizSettings {
    passRule = passRule == null ? PassRule.percent(60) : passRule;
    kept = kept == null ? Kept.BEST : kept;
    reveal = reveal == null ? Reveal.AFTER_SUBMIT : reveal;
  }

  public static QuizSettings defaults() {
    return new QuizSettings(null, 0, false, false, 0, 0, 0, null, null);
  }

  /** What is wrong with these settings for a quiz of {@code questions} questions. */
  public Map<String, String> problems(int questions) {
    Map<String, String> errors = new LinkedHashMap<>();
    int asked = draw == 0 ? questions : Math.min(draw, questions);
    String rule = passRule.problem(asked);
    if (rule != null) {
      errors.put("settings.passRule", rule);
    }
    if (draw < 0 || draw > questions) {
      errors.put("settings.draw", "An attempt draws 0 (all) up to the quiz's questions.");
    }
    if (attemptLimit < 0 || attemptLimit > 100) {
      errors.put("settings.attemptLimit", "An attempt limit is 0 (none) to 100.");
    }
    if (cooldownMinutes < 0 || cooldownMinutes > MAX_MINUTES) {
      errors.put("settings.cooldownMinutes", "A cool-down is 0 to 10080 minutes.");
    }
    if (timeLimitMinutes < 0 || timeLimitMinutes > MAX_MINUTES) {
      errors.put("settings.timeLimitMinutes", "A time limit is 0 (none) to 10080 minutes.");
    }
    return errors;
  }
}
