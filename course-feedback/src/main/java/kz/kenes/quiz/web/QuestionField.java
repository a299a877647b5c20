package kz.kenes.quiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.quiz.domain.Choice;
import kz.kenes.quiz.domain.Mark;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;
import kz.kenes.quiz.domain.Texts;

/**
 * One question of an attempt page, in the page's language: its inputs with the learner's answers,
 * and once submitted its mark, feedback and (when revealed) its right answer.
 *
 * @param kind {@code radio}, {@code truefalse}, {@code checkbox}, {@code number}, {@code text},
 *     {@code matching} or {@code ordering}
 * @param rows the items of a matching or ordering question, each with a select
 * @param value the answer given to a number or text question
 * @param result {@code right}, {@code partly} or {@code wrong} once submitted, else null
 * @param right the right answer as text, when revealed
 */
public record QuestionField(
    int number,
    String code,
    String kind,
    String text,
    String points,
    boolean mandatory,
    String inputName,
    List<Option> choices,
    List<Row> rows,
    String value,
    String result,
    String scored,
    List<String> feedback,
    String right) {

  /** A radio button or check box. */
  public record Option(String id, String value, String label, boolean checked) {}

  /** An item of a matching or ordering question and its select. */
  public record Row(String id, String name, String label, List<Option> options) {}

  static QuestionField of(
      int number, Question q, List<String> given, Mark mark, boolean reveal, String language) {
    String name = AttemptForm.PREFIX + q.code();
    String base = "q-" + q.code().replaceAll("[^A-Za-z0-9_-]", "_");
    List<Option> options = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String kind;
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        kind = q.type() == QuestionType.SINGLE_CHOICE ? "radio" : "checkbox";
        for (Choice c : q.choices()) {
          options.add(
              new Option(
                  base + "-" + c.id(),
                  c.id(),
                  Texts.in(c.text(), language),
                  given.contains(c.id())));
        }
      }
      case TRUE_FALSE -> {
        kind = "truefalse";
        options.add(new Option(base + "-true", "true", "true", given.contains("true")));
        options.add(new Option(base + "-false", "false", "false", given.contains("false")));
      }
      case MATCHING -> {
        kind = "matching";
        for (Choice item : q.choices()) {
          String chosen =
              given.stream()
                  .filter(p -> p.startsWith(item.id() + "="))
                  .map(p -> p.substring(item.id().length() + 1))
                  .findFirst()
                  .orElse("");
          List<Option> targets =
              q.targets().stream()
                  .map(
                      t ->
                          new Option(
                              t.id(), t.id(), Texts.in(t.text(), language), t.id().equals(chosen)))
                  .toList();
          rows.add(
              new Row(
                  base + "-" + item.id(),
                  name + "." + item.id(),
                  Texts.in(item.text(), language),
                  targets));
        }
      }
      case ORDERING -> {
        kind = "ordering";
        int size = q.choices().size();
        for (Choice item : q.choices()) {
          int at = given.indexOf(item.id()) + 1;
          List<Option> positions = new ArrayList<>();
          for (int p = 1; p <= size; p++) {
            positions.add(
                new Option(String.valueOf(p), String.valueOf(p), String.valueOf(p), p == at));
          }
          rows.add(
              new Row(
                  base + "-" + item.id(),
                  name + "." + item.id(),
                  Texts.in(item.text(), language),
                  positions));
        }
      }
      case NUMERIC -> kind = "number";
      default -> kind = "text";
    }
    String value = given.isEmpty() ? "" : given.get(0);
    return new QuestionField(
        number,
        q.code(),
        kind,
        Texts.in(q.text(), language),
        number(q.points()),
        q.mandatory(),
        name,
        options,
        rows,
        value,
        mark == null ? null : result(mark),
        mark == null ? null : number(mark.points()) + " / " + number(mark.max()),
        mark == null ? List.of() : feedback(q, mark, given, language),
        mark != null && reveal ? right(q, language) : null);
  }

  private static String result(Mark mark) {
    if (mark.correct()) {
      return "right";
    }
    return mark.points() > 0 ? "partly" : "wrong";
  }

  private static List<String> feedback(Question q, Mark mark, List<String> given, String language) {
    List<String> texts = new ArrayList<>();
    Map<String, String> overall = mark.correct() ? q.feedbackRight() : q.feedbackWrong();
    if (!overall.isEmpty()) {
      texts.add(Texts.in(overall, language));
    }
    for (String v : given) {
      q.choice(v.split("=", 2)[0])
          .filter(c -> !c.feedback().isEmpty())
          .ifPresent(c -> texts.add(Texts.in(c.feedback(), language)));
    }
    return texts;
  }

  private static String right(Question q, String language) {
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE, ORDERING ->
          String.join(
              q.type() == QuestionType.ORDERING ? " → " : "; ",
              q.correct().stream()
                  .map(id -> q.choice(id).map(c -> Texts.in(c.text(), language)).orElse(id))
                  .toList());
      case TRUE_FALSE -> q.correct().get(0);
      case NUMERIC ->
          number(q.number())
              + (q.tolerance() == null || q.tolerance() == 0 ? "" : " ± " + number(q.tolerance()));
      case SHORT_TEXT -> String.join("; ", q.accepted());
      case MATCHING ->
          String.join(
              "; ",
              q.correct().stream()
                  .map(
                      pair -> {
                        String[] p = pair.split("=", 2);
                        String item =
                            q.choice(p[0]).map(c -> Texts.in(c.text(), language)).orElse(p[0]);
                        String target =
                            q.targets().stream()
                                .filter(t -> t.id().equals(p[1]))
                                .findFirst()
                                .map(t -> Texts.in(t.text(), language))
                                .orElse(p[1]);
                        return item + " → " + target;
                      })
                  .toList());
    };
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }
}
