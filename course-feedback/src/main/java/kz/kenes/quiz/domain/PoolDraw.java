package kz.kenes.quiz.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A draw from a pool: {@code count} questions taken at random, at the start of each attempt, from
 * the question bank of program module {@code moduleId}, among the questions tagged with {@code
 * competency} and {@code outcome} (either may be null: no condition). Part of a quiz's {@link
 * QuizSettings}. The pool must hold {@code count} questions when the quiz is saved; a bank that
 * shrank since gives an attempt what it holds.
 */
public record PoolDraw(Long moduleId, String competency, String outcome, int count) {

  /** The most questions one pool draws. */
  public static final int MAX_COUNT = Quiz.MAX_QUESTIONS;

  public PoolDraw {
    competency = blankToNull(competency);
    outcome = blankToNull(outcome);
  }

  private static String blankToNull(String tag) {
    return tag == null || tag.isBlank() ? null : tag.strip().replaceAll("\\s+", " ");
  }

  /** What is wrong with this draw, by field under {@code prefix} ({@code settings.pools[0]}). */
  public Map<String, String> problems(String prefix) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (moduleId == null) {
      errors.put(prefix + ".moduleId", "Name the bank: the id of a module your course delivers.");
    }
    if (count < 1 || count > MAX_COUNT) {
      errors.put(prefix + ".count", "A pool draws 1 to " + MAX_COUNT + " questions.");
    }
    tagProblem(prefix + ".competency", competency, errors);
    tagProblem(prefix + ".outcome", outcome, errors);
    return errors;
  }

  private static void tagProblem(String field, String tag, Map<String, String> errors) {
    if (tag != null && (tag.length() > BankQuestion.MAX_TAG || tag.indexOf('\0') >= 0)) {
      errors.put(field, "A tag has at most " + BankQuestion.MAX_TAG + " characters, no NUL.");
    }
  }

  /** The pool in words, for messages: "module 42, competency «…», outcome «…»". */
  public String describe() {
    StringBuilder s = new StringBuilder("the bank of module " + moduleId);
    if (competency != null) {
      s.append(", competency «").append(competency).append('»');
    }
    if (outcome != null) {
      s.append(", outcome «").append(outcome).append('»');
    }
    return s.toString();
  }
}
