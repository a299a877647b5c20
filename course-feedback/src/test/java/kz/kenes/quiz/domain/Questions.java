package kz.kenes.quiz.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test data builders of questions: valid by default, one factory per type. */
final class Questions {

  private Questions() {}

  static Question single(String code, String right, String... choices) {
    return choice(
        code, QuestionType.SINGLE_CHOICE, List.of(right), PartialCredit.ALL_OR_NOTHING, choices);
  }

  static Question multiple(
      String code, PartialCredit credit, List<String> right, String... choices) {
    return choice(code, QuestionType.MULTIPLE_CHOICE, right, credit, choices);
  }

  static Question trueFalse(String code, boolean right) {
    return of(
        code,
        QuestionType.TRUE_FALSE,
        List.of(),
        List.of(),
        List.of(String.valueOf(right)),
        null,
        null,
        List.of(),
        false,
        false,
        null);
  }

  static Question numeric(String code, double number, double tolerance) {
    return of(
        code,
        QuestionType.NUMERIC,
        List.of(),
        List.of(),
        List.of(),
        number,
        tolerance,
        List.of(),
        false,
        false,
        null);
  }

  static Question text(
      String code, boolean caseSensitive, boolean ignoreDiacritics, String... accepted) {
    return of(
        code,
        QuestionType.SHORT_TEXT,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(accepted),
        caseSensitive,
        ignoreDiacritics,
        null);
  }

  static Question matching(
      String code,
      PartialCredit credit,
      List<String> pairs,
      List<String> items,
      List<String> targets) {
    return of(
        code,
        QuestionType.MATCHING,
        choices(items.toArray(String[]::new)),
        choices(targets.toArray(String[]::new)),
        pairs,
        null,
        null,
        List.of(),
        false,
        false,
        credit);
  }

  static Question ordering(String code, PartialCredit credit, String... rightOrder) {
    return of(
        code,
        QuestionType.ORDERING,
        choices(rightOrder),
        List.of(),
        List.of(rightOrder),
        null,
        null,
        List.of(),
        false,
        false,
        credit);
  }

  static Question mandatory(Question q) {
    return new Question(
        q.code(),
        q.type(),
        q.text(),
        q.points(),
        true,
        q.choices(),
        q.targets(),
        q.correct(),
        q.number(),
        q.tolerance(),
        q.accepted(),
        q.caseSensitive(),
        q.ignoreDiacritics(),
        q.partialCredit(),
        q.feedbackRight(),
        q.feedbackWrong(),
        q.competencies());
  }

  private static Question choice(
      String code, QuestionType type, List<String> right, PartialCredit credit, String... choices) {
    return of(
        code,
        type,
        choices(choices),
        List.of(),
        right,
        null,
        null,
        List.of(),
        false,
        false,
        credit);
  }

  private static List<Choice> choices(String... ids) {
    return Arrays.stream(ids).map(id -> Choice.of(id, "Choice " + id)).toList();
  }

  private static Question of(
      String code,
      QuestionType type,
      List<Choice> choices,
      List<Choice> targets,
      List<String> correct,
      Double number,
      Double tolerance,
      List<String> accepted,
      boolean caseSensitive,
      boolean ignoreDiacritics,
      PartialCredit credit) {
    return new Question(
        code,
        type,
        Map.of("en", "Question " + code),
        1,
        false,
        choices,
        targets,
        correct,
        number,
        tolerance,
        accepted,
        caseSensitive,
        ignoreDiacritics,
        credit,
        Map.of(),
        Map.of(),
        List.of());
  }
}
