package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;
import kz.kenes.quiz.domain.QuestionTypeChange;

/**
 * Renders the structured question form ({@code templates/quiz/question-form.html}) for a quiz's
 * question or a bank question's content: the fields of one question type, the values shown (the
 * question's, or what a refused post held) and the errors next to their fields.
 */
@ApplicationScoped
public class QuestionFormPages {

  @Inject Views views;

  /** A language of the texts, with its name in that language. */
  public record Language(String code, String label) {}

  static final List<Language> LANGUAGES =
      List.of(
          new Language("kk", "Қазақша"),
          new Language("ru", "Русский"),
          new Language("en", "English"));

  /**
   * Where the form is.
   *
   * @param path the page's path (for the language links)
   * @param heading what the page is about (the quiz's title, the bank question's code)
   * @param action where the form posts
   * @param backUrl the page to go back to, linked as {@code backKey}
   * @param codeEditable whether the code is a field (a bank question keeps its code)
   * @param typeAction where the type chooser sends (GET) the form of a type: a new question's, or
   *     an edited question's as another type ({@link TypeChange})
   * @param outcomes whether the form has the learning outcomes field (a new bank question's)
   */
  public record Place(
      String path,
      String heading,
      String action,
      String backUrl,
      String backKey,
      boolean codeEditable,
      String typeAction,
      boolean outcomes) {

    public Place(
        String path,
        String heading,
        String action,
        String backUrl,
        String backKey,
        boolean codeEditable,
        String typeAction) {
      this(path, heading, action, backUrl, backKey, codeEditable, typeAction, false);
    }
  }

  /**
   * An edited question shown as another type (docs/quizzes.md, "Changing a question's type"): the
   * form of {@code to} with what carried over, or, when {@code refusal} is set, the question's own
   * form with the reason it cannot become {@code to}.
   *
   * @param refusal the message key of the refusal; null when the change is shown
   */
  public record TypeChange(String from, String to, String refusal) {}

  String form(
      PageRequest request,
      Place place,
      QuestionType type,
      Map<String, String> values,
      Map<String, String> errors,
      int status) {
    return form(request, place, type, values, errors, status, null);
  }

  String form(
      PageRequest request,
      Place place,
      QuestionType type,
      Map<String, String> values,
      Map<String, String> errors,
      int status,
      TypeChange change) {
    PageModel page =
        request.page(
            "quizedit.title",
            place.path(),
            type != null && place.typeAction() != null ? Map.of("type", type.name()) : Map.of());
    int rows = rows(values);
    page.with("pageTitle", place.heading())
        .with("heading", place.heading())
        .with("type", type == null ? null : type.name())
        .with("types", List.of(QuestionType.values()).stream().map(Enum::name).toList())
        .with("values", values)
        .with("errors", errors)
        .with("refused", status >= 400)
        .with("rows", IntStream.range(0, rows).boxed().toList())
        .with("rowCount", rows)
        .with("languages", LANGUAGES)
        .with("action", place.action())
        .with("typeAction", place.typeAction())
        .with("codeEditable", place.codeEditable())
        .with("backUrl", page.link(place.backUrl(), Map.of()))
        .with("backKey", place.backKey())
        .with("outcomesField", place.outcomes())
        .with("change", change)
        .with(
            "typeChangeable",
            place.typeAction() != null && place.typeAction().equals(place.action()));
    return views.render("quiz/question-form", request.locale(), page.asMap());
  }

  /** A form page and the status to answer it with. */
  public record Shown(int status, String html) {}

  /**
   * An edited question's form: as its own type, or as type {@code to} with what carries over
   * ({@link QuestionTypeChange}); a change that cannot carry the answer shows the question's own
   * form with the reason (409).
   */
  Shown edit(PageRequest request, Place place, Question question, QuestionType to) {
    Map<String, String> own = QuestionForm.values(question);
    if (to == null || to == question.type()) {
      return new Shown(200, form(request, place, question.type(), own, Map.of(), 200));
    }
    QuestionTypeChange.Outcome outcome = QuestionTypeChange.change(question, to);
    if (!outcome.changed()) {
      TypeChange refused =
          new TypeChange(question.type().name(), to.name(), refusalKey(outcome.refusal()));
      return new Shown(409, form(request, place, question.type(), own, Map.of(), 409, refused));
    }
    return new Shown(
        200,
        form(
            request,
            place,
            to,
            QuestionForm.values(outcome.question()),
            Map.of(),
            200,
            new TypeChange(question.type().name(), to.name(), null)));
  }

  /**
   * Whether a posted form may replace {@code before} with a question of type {@code to}; the change
   * shown on the page (null for none), or the refusal.
   */
  static TypeChange posted(Question before, QuestionType to) {
    if (to == null || to == before.type()) {
      return null;
    }
    return new TypeChange(
        before.type().name(),
        to.name(),
        QuestionTypeChange.allowed(before.type(), to)
            ? null
            : refusalKey(QuestionTypeChange.Refusal.NO_PLACE));
  }

  static String refusalKey(QuestionTypeChange.Refusal refusal) {
    return refusal == QuestionTypeChange.Refusal.SEVERAL_RIGHT
        ? "quizmore.typeChange.severalRight"
        : "quizmore.typeChange.noPlace";
  }

  private static int rows(Map<String, String> values) {
    try {
      int n = Integer.parseInt(values.getOrDefault("rows", "").strip());
      return Math.max(
          QuestionForm.MIN_ROWS, Math.min(kz.kenes.quiz.domain.Question.MAX_CHOICES, n));
    } catch (NumberFormatException e) {
      return QuestionForm.MIN_ROWS;
    }
  }
}
