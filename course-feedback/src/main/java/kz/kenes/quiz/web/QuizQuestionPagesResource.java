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
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.application.QuizAuthoring;
import kz.kenes.quiz.application.QuizQuestions;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's pages that edit a quiz's own questions one at a time (docs/quizzes.md, "Editing
 * questions one by one"): {@code …/questions/new?type=} (the structured form of one type), {@code
 * …/questions/{code}} (the form filled with the question), and the posts that add, replace, remove
 * and move a question. A refused form is shown again with what was typed and the errors next to
 * their fields (400, or 409 for a taken code); a form's "More rows" shows it again with more blank
 * choice rows, saving nothing ({@link QuestionFormPosts}, as for a bank's questions).
 */
@Path(QuizStaffPagesResource.PATH + "/{quizId}/questions")
@Produces(MediaType.TEXT_HTML)
public class QuizQuestionPagesResource {

  @Inject PageSessions pages;
  @Inject QuizAuthoring authoring;
  @Inject QuizQuestions questions;
  @Inject QuestionFormPosts form;
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
    return form.blank(request, newPlace(quiz), typeName, freeCode(quiz));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response add(@PathParam("quizId") long quizId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    return form.submit(
        request,
        newPlace(quiz),
        BankPages.firstValues(posted),
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
    return form.edit(request, editPlace(quiz, code), question, typeName);
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
    return form.replace(
        request,
        editPlace(quiz, code),
        before,
        BankPages.firstValues(posted),
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
