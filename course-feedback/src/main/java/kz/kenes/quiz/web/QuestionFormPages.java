package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.quiz.domain.QuestionType;

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
   * @param typeAction where the type chooser sends (GET) a new question's form; null when editing
   */
  public record Place(
      String path,
      String heading,
      String action,
      String backUrl,
      String backKey,
      boolean codeEditable,
      String typeAction) {}

  String form(
      PageRequest request,
      Place place,
      QuestionType type,
      Map<String, String> values,
      Map<String, String> errors,
      int status) {
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
        .with("backKey", place.backKey());
    return views.render("quiz/question-form", request.locale(), page.asMap());
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
