package kz.kenes.quiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.quiz.application.QuizAuthoring;
import kz.kenes.quiz.application.QuizQuestions;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;
import kz.kenes.quiz.domain.Quiz;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's pages that edit a quiz's own questions one at a time (docs/quizzes.md, "Editing
 * questions one by one"): {@code …/questions/new?type=} (the structured form of one type), {@code
 * …/questions/{code}} (the form filled with the question), and the posts that add, replace, remove
 * and move a question. A refused form is shown again with what was typed and the errors next to
 * their fields (400, or 409 for a taken code); a form's "More rows" shows it again with more blank
 * choice rows, saving nothing.
 */
@Path(QuizStaffPagesResource.PATH + "/{quizId}/questions")
@Produces(MediaType.TEXT_HTML)
public class QuizQuestionPagesResource {

  @Inject PageSessions pages;
  @Inject QuizAuthoring authoring;
  @Inject QuizQuestions questions;
  @Inject QuestionFormPages render;
  @Context HttpHeaders headers;

  static String questionsPath(long quizId) {
    return QuizStaffPagesResource.quizPath(quizId) + "/questions";
  }

  @GET
  @Path("new")
  @Operation(hidden = true)
  public Response blank(
      @PathParam("quizId") long quizId,
      @QueryParam("type") String typeName,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    QuestionType type = QuestionForm.type(typeName);
    Map<String, String> values = new HashMap<>();
    values.put("code", freeCode(quiz));
    values.put("points", "1");
    values.put("rows", String.valueOf(QuestionForm.MIN_ROWS));
    return HtmlPages.ok(
        render.form(
            request,
            newPlace(quiz),
            type,
            values,
            type == null && typeName != null
                ? Map.of("type", QuestionForm.KEYS + "type")
                : Map.of(),
            200));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response add(@PathParam("quizId") long quizId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    return save(
        request,
        newPlace(quiz),
        posted,
        null,
        q -> {
          questions.add(request.session(), quizId, q);
          return request.redirect(QuizStaffPagesResource.quizPath(quizId), "questionAdded");
        });
  }

  @GET
  @Path("{code}")
  @Operation(hidden = true)
  public Response edit(
      @PathParam("quizId") long quizId,
      @PathParam("code") String code,
      @QueryParam("type") String typeName,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    Question question = questions.question(request.session(), quizId, code);
    QuestionFormPages.Shown shown =
        render.edit(request, editPlace(quiz, code), question, QuestionForm.type(typeName));
    return HtmlPages.status(shown.status(), shown.html());
  }

  @POST
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response replace(
      @PathParam("quizId") long quizId,
      @PathParam("code") String code,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    Question before = questions.question(request.session(), quizId, code);
    QuestionType to = QuestionForm.type(posted.getFirst("type"));
    QuestionFormPages.TypeChange change = QuestionFormPages.posted(before, to);
    if (change != null && change.refusal() != null) {
      return HtmlPages.status(
          409,
          render.form(
              request,
              editPlace(quiz, code),
              before.type(),
              QuestionForm.values(before),
              Map.of(),
              409,
              change));
    }
    posted.putSingle("type", change == null ? before.type().name() : to.name());
    return save(
        request,
        editPlace(quiz, code),
        posted,
        change,
        q -> {
          questions.replace(request.session(), quizId, code, q);
          return request.redirect(QuizStaffPagesResource.quizPath(quizId), "questionSaved");
        });
  }

  @POST
  @Path("{code}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response remove(
      @PathParam("quizId") long quizId,
      @PathParam("code") String code,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    try {
      questions.remove(request.session(), quizId, code);
    } catch (InvalidInput refused) {
      return request.redirect(QuizStaffPagesResource.quizPath(quizId), "lastQuestion");
    }
    return request.redirect(QuizStaffPagesResource.quizPath(quizId), "questionRemoved");
  }

  @POST
  @Path("{code}/move")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response move(
      @PathParam("quizId") long quizId,
      @PathParam("code") String code,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    int step = "up".equals(posted.getFirst("direction")) ? -1 : 1;
    questions.move(request.session(), quizId, code, step);
    return request.redirect(QuizStaffPagesResource.quizPath(quizId), "questionMoved");
  }

  /**
   * Reads the form and runs {@code save} with the question; shows the form again on "More rows", on
   * errors of the form and on refusals of the domain.
   */
  private Response save(
      PageRequest request,
      QuestionFormPages.Place place,
      MultivaluedMap<String, String> posted,
      QuestionFormPages.TypeChange change,
      Function<Question, Response> save) {
    Map<String, String> values = BankPages.firstValues(posted);
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

  private static QuestionFormPages.Place newPlace(Quiz quiz) {
    return new QuestionFormPages.Place(
        questionsPath(quiz.id()) + "/new",
        quiz.title(),
        questionsPath(quiz.id()),
        QuizStaffPagesResource.quizPath(quiz.id()),
        "quizedit.back.quiz",
        true,
        questionsPath(quiz.id()) + "/new");
  }

  private static QuestionFormPages.Place editPlace(Quiz quiz, String code) {
    return new QuestionFormPages.Place(
        questionsPath(quiz.id()) + "/" + code,
        quiz.title(),
        questionsPath(quiz.id()) + "/" + code,
        QuizStaffPagesResource.quizPath(quiz.id()),
        "quizedit.back.quiz",
        true,
        questionsPath(quiz.id()) + "/" + code);
  }

  /** The first code {@code q<n>} no question of the quiz has. */
  static String freeCode(Quiz quiz) {
    int n = quiz.questions().size() + 1;
    while (quiz.question("q" + n).isPresent()) {
      n++;
    }
    return "q" + n;
  }
}
