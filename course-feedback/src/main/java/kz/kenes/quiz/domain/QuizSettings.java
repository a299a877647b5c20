package kz.kenes.quiz.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a quiz is taken: its pass rule, how many questions an attempt draws (0: all), shuffling, the
 * attempt limit (0: none), the cool-down between attempts and the time limit (0: none) in minutes,
 * which attempt is kept ({@link Kept}), and when the right answers are shown ({@link Reveal}; a
 * choice's feedback and whether each answer was right show after every submitted attempt). {@code
 * draw} applies to the quiz's own questions; {@code pools} add questions drawn at random from
 * question banks ({@link PoolDraw}) to every attempt.
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
    Reveal reveal,
    List<PoolDraw> pools) {

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

  /** The most pools a quiz draws from. */
  public static final int MAX_POOLS = 20;

  public QuizSettings {
    passRule = passRule == null ? PassRule.percent(60) : passRule;
    kept = kept == null ? Kept.BEST : kept;
    reveal = reveal == null ? Reveal.AFTER_SUBMIT : reveal;
    pools = pools == null ? List.of() : List.copyOf(pools);
  }

  public static QuizSettings defaults() {
    return new QuizSettings(null, 0, false, false, 0, 0, 0, null, null, null);
  }

  /** The same settings with other pool draws. */
  public QuizSettings withPools(List<PoolDraw> newPools) {
    return new QuizSettings(
        passRule,
        draw,
        shuffleQuestions,
        shuffleChoices,
        attemptLimit,
        cooldownMinutes,
        timeLimitMinutes,
        kept,
        reveal,
        newPools);
  }

  /** How many questions the pools draw together (as asked; a shrunk bank may give fewer). */
  public int pooled() {
    return pools.stream().mapToInt(p -> Math.max(0, p.count())).sum();
  }

  /** What is wrong with these settings for a quiz of {@code questions} questions. */
  public Map<String, String> problems(int questions) {
    Map<String, String> errors = new LinkedHashMap<>();
    int asked = (draw == 0 ? questions : Math.min(draw, questions)) + pooled();
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
    if (pools.size() > MAX_POOLS) {
      errors.put("settings.pools", "A quiz draws from at most " + MAX_POOLS + " pools.");
    }
    for (int i = 0; i < pools.size(); i++) {
      if (pools.get(i) == null) {
        errors.put("settings.pools[" + i + "]", "A pool is missing.");
      } else {
        errors.putAll(pools.get(i).problems("settings.pools[" + i + "]"));
      }
    }
    return errors;
  }
}
