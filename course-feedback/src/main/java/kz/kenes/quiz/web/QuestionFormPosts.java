package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;

/**
 * What the structured question form does when it is asked for and posted, for a quiz's own question
 * ({@link QuizQuestionPagesResource}) and a bank question ({@link BankQuestionPagesResource})
 * alike: a new question's blank form, "More rows" (the form again with one more blank choice row,
 * nothing saved), the form's own errors (400), the domain's refusals (400, or 409 for a taken code)
 * and a type change a question cannot take (409). Only what is saved, and where the answer goes
 * then, belongs to the caller.
 */
@ApplicationScoped
public class QuestionFormPosts {

  @Inject QuestionFormPages render;

  /**
   * A new question's form: its type chosen by {@code typeName} (none yet: the type chooser), the
   * first free code, 1 point and the fewest choice rows; an unknown type is a 400.
   */
  Response blank(PageRequest request, QuestionFormPages.Place place, String typeName, String code) {
    QuestionType type = QuestionForm.type(typeName);
    boolean unknown = type == null && typeName != null;
    Map<String, String> values = new HashMap<>();
    values.put("code", code);
    values.put("points", "1");
    values.put("rows", String.valueOf(QuestionForm.MIN_ROWS));
    return HtmlPages.status(
        unknown ? 400 : 200,
        render.form(
            request,
            place,
            type,
            values,
            unknown ? Map.of("type", QuestionForm.KEYS + "type") : Map.of(),
            200));
  }

  /**
   * An existing question's form: as its own type, or as the type {@code typeName} names with what
   * carries over (409 with the reason when nothing can: {@link QuestionFormPages#edit}).
   */
  Response edit(
      PageRequest request, QuestionFormPages.Place place, Question question, String typeName) {
    QuestionFormPages.Shown shown =
        render.edit(request, place, question, QuestionForm.type(typeName));
    return HtmlPages.status(shown.status(), shown.html());
  }

  /**
   * A posted form that replaces {@code before}: the question's own form again (409) when it cannot
   * become the posted type; otherwise as {@link #submit}, as the posted type or its own.
   */
  Response replace(
      PageRequest request,
      QuestionFormPages.Place place,
      Question before,
      Map<String, String> values,
      Function<Question, Response> save) {
    QuestionType to = QuestionForm.type(values.get("type"));
    QuestionFormPages.TypeChange change = QuestionFormPages.posted(before, to);
    if (change != null && change.refusal() != null) {
      return HtmlPages.status(
          409,
          render.form(
              request, place, before.type(), QuestionForm.values(before), Map.of(), 409, change));
    }
    values.put("type", change == null ? before.type().name() : to.name());
    return submit(request, place, values, change, save);
  }

  /**
   * Reads a posted form ({@code values}, the first value of each field) and runs {@code save} with
   * the question; shows the form again on "More rows", on errors of the form and on refusals of the
   * domain.
   */
  Response submit(
      PageRequest request,
      QuestionFormPages.Place place,
      Map<String, String> values,
      QuestionFormPages.TypeChange change,
      Function<Question, Response> save) {
    QuestionType type = QuestionForm.type(values.get("type"));
    if ("more".equals(values.get("action"))) {
      values.put("rows", String.valueOf(QuestionForm.rowsFor(rowCount(values) + 1)));
      return HtmlPages.ok(render.form(request, place, type, values, Map.of(), 200, change));
    }
    QuestionForm.Read read = QuestionForm.read(type, values);
    if (!read.ok()) {
      return HtmlPages.status(
          400, render.form(request, place, type, values, read.errors(), 400, change));
    }
    try {
      return save.apply(read.question());
    } catch (InvalidInput | Conflict refused) {
      int status = refused instanceof Conflict ? 409 : 400;
      return HtmlPages.status(
          status,
          render.form(
              request, place, type, values, QuestionForm.errorsOf(type, refused), status, change));
    }
  }

  private static int rowCount(Map<String, String> values) {
    try {
      return Integer.parseInt(values.getOrDefault("rows", "0").strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
