package kz.kenes.quiz.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changing a question's type in place (docs/quizzes.md, "Changing a question's type"): what carries
 * over, and what is refused. The text, points, mandatory flag, competencies and the right/wrong
 * feedback always carry over; the answer carries over only where the new type has a place for it:
 *
 * <ul>
 *   <li>single choice to multiple choice: the options, their feedback and the right one;
 *   <li>multiple choice to single choice: the same, when exactly one option is right ({@link
 *       Refusal#SEVERAL_RIGHT} otherwise);
 *   <li>true/false to single or multiple choice: two options, "true" and "false" in the languages
 *       of the question's text, the statement's truth the right one.
 * </ul>
 *
 * Every other change would drop the answer (pairs, an order, a number, accepted answers, options
 * with no place) and is refused ({@link Refusal#NO_PLACE}): the author adds a new question of that
 * type instead. Attempts already made keep the question as they drew it (ADR 0031).
 */
public final class QuestionTypeChange {

  /** Why a change of type is refused. */
  public enum Refusal {
    /** The question's answer has no place in a question of the new type. */
    NO_PLACE,
    /** A multiple choice question with several right options cannot become single choice. */
    SEVERAL_RIGHT
  }

  /** The question as the new type, or why not. */
  public record Outcome(Question question, Refusal refusal) {
    public boolean changed() {
      return refusal == null;
    }
  }

  private static final Map<QuestionType, Set<QuestionType>> ALLOWED =
      Map.of(
          QuestionType.SINGLE_CHOICE, Set.of(QuestionType.MULTIPLE_CHOICE),
          QuestionType.MULTIPLE_CHOICE, Set.of(QuestionType.SINGLE_CHOICE),
          QuestionType.TRUE_FALSE,
              Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE));

  /** "True" and "false" as options of a former true/false question, by language. */
  static final Map<String, String> TRUE = Map.of("kk", "Дұрыс", "ru", "Верно", "en", "True");

  static final Map<String, String> FALSE = Map.of("kk", "Бұрыс", "ru", "Неверно", "en", "False");

  private QuestionTypeChange() {}

  /** Whether a question of type {@code from} may become {@code to} at all (or stays the same). */
  public static boolean allowed(QuestionType from, QuestionType to) {
    return from == to || ALLOWED.getOrDefault(from, Set.of()).contains(to);
  }

  /** The question as a question of type {@code to}, keeping what carries over; or the refusal. */
  public static Outcome change(Question q, QuestionType to) {
    if (q.type() == to) {
      return new Outcome(q, null);
    }
    if (!allowed(q.type(), to)) {
      return new Outcome(null, Refusal.NO_PLACE);
    }
    Question.Builder b = q.edit().type(to).partialCredit(PartialCredit.ALL_OR_NOTHING);
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        if (q.correct().size() != 1) {
          return new Outcome(null, Refusal.SEVERAL_RIGHT);
        }
      }
      case TRUE_FALSE -> {
        boolean truth = q.correct().contains("true");
        b.choices(
                List.of(
                    new Choice("c1", inLanguagesOf(q, TRUE), null),
                    new Choice("c2", inLanguagesOf(q, FALSE), null)))
            .correct(List.of(truth ? "c1" : "c2"));
      }
      default -> {
        // single choice to multiple choice: options and the right one as they are
      }
    }
    Question changed = b.build();
    return changed.problems("question").isEmpty()
        ? new Outcome(changed, null)
        : new Outcome(null, Refusal.NO_PLACE);
  }

  private static Map<String, String> inLanguagesOf(Question q, Map<String, String> words) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : Texts.LANGUAGES) {
      if (q.text().containsKey(language)) {
        texts.put(language, words.get(language));
      }
    }
    return texts.isEmpty() ? Map.of("en", words.get("en")) : texts;
  }
}
