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
import java.util.List;
import java.util.Map;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.quiz.application.QuestionBanks;
import kz.kenes.quiz.application.QuestionBanks.QuestionDraft;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.Gift;
import kz.kenes.quiz.domain.Question;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of one bank's questions (docs/quizzes.md, "Question banks and pools"): {@code
 * /app/question-banks/{moduleId}/questions/new} (the structured form of a new question), {@code
 * …/questions/{id}} (a question's tags, points and text, or its whole content in GIFT), {@code
 * …/questions/{id}/content} (its content in the structured form) and {@code
 * …/questions/{id}/remove}. The forms are handled as a quiz's own questions' are ({@link
 * QuestionFormPosts}). Who may open them is decided by {@code BankAccess}, as for the API; the
 * bank's own pages are {@link BankPagesResource}'s.
 */
@Path(BankPagesResource.PATH + "/{moduleId}/questions")
@Produces(MediaType.TEXT_HTML)
public class BankQuestionPagesResource {

  @Inject PageSessions pages;
  @Inject QuestionBanks banks;
  @Inject BankPages render;
  @Inject QuestionFormPosts form;
  @Context HttpHeaders headers;

  /** A new bank question's structured form: its type first (a GET form), then its fields. */
  @GET
  @Path("new")
  @Operation(hidden = true)
  public Response blank(
      @PathParam("moduleId") long moduleId,
      @QueryParam("type") String typeName,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    QuestionBanks.BankSummary bank = banks.bank(BankPagesResource.caller(request), moduleId);
    return form.blank(
        request,
        newPlace(bank),
        typeName,
        banks.freeCode(BankPagesResource.caller(request), moduleId));
  }

  /**
   * Adds a question written with the structured form to the bank (texts in kk, ru and en, its
   * competencies and learning outcomes); a refused form is shown again with what was typed.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(
      @PathParam("moduleId") long moduleId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    QuestionBanks.BankSummary bank = banks.bank(BankPagesResource.caller(request), moduleId);
    Map<String, String> values = BankPages.firstValues(posted);
    return form.submit(
        request,
        newPlace(bank),
        values,
        null,
        q -> {
          BankQuestion added =
              banks.add(
                  BankPagesResource.caller(request),
                  moduleId,
                  new QuestionDraft(q, BankPages.lines(values.get("outcomes"))));
          return request.redirect(BankPagesResource.questionPath(moduleId, added.id()), "created");
        });
  }

  private static QuestionFormPages.Place newPlace(QuestionBanks.BankSummary bank) {
    String bankPath = BankPagesResource.bankPath(bank.bank().moduleId());
    String path = bankPath + "/questions";
    return new QuestionFormPages.Place(
        path + "/new",
        bank.bank().title(),
        path,
        bankPath,
        "quizedit.back.bank",
        true,
        path + "/new",
        true);
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response question(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    BankQuestion q = banks.question(BankPagesResource.caller(request), moduleId, id);
    return HtmlPages.ok(render.question(request, q, params.done(), null, null));
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revise(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    BankQuestion q = banks.question(BankPagesResource.caller(request), moduleId, id);
    try {
      banks.revise(BankPagesResource.caller(request), moduleId, id, draft(q, posted));
    } catch (InvalidInput | Conflict refused) {
      return HtmlPages.status(
          refused instanceof Conflict ? 409 : 400,
          render.question(request, q, null, BankPages.firstValues(posted), refused));
    }
    return request.redirect(BankPagesResource.questionPath(moduleId, id), "saved");
  }

  @GET
  @Path("{id}/content")
  @Operation(hidden = true)
  public Response content(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      @QueryParam("type") String typeName,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    BankQuestion q = banks.question(BankPagesResource.caller(request), moduleId, id);
    return form.edit(request, contentPlace(q), q.question(), typeName);
  }

  /**
   * Replaces a bank question's content from the structured form: texts in all three languages, its
   * type kept or changed as far as it carries over, its code and learning outcomes kept.
   */
  @POST
  @Path("{id}/content")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response saveContent(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    BankQuestion q = banks.question(BankPagesResource.caller(request), moduleId, id);
    Map<String, String> values = BankPages.firstValues(posted);
    values.put("code", q.code());
    return form.replace(
        request,
        contentPlace(q),
        q.question(),
        values,
        edited -> {
          banks.revise(
              BankPagesResource.caller(request),
              moduleId,
              id,
              new QuestionDraft(edited, q.outcomes()));
          return request.redirect(BankPagesResource.questionPath(moduleId, id), "saved");
        });
  }

  private static QuestionFormPages.Place contentPlace(BankQuestion q) {
    String path = BankPagesResource.questionPath(q.moduleId(), q.id());
    return new QuestionFormPages.Place(
        path + "/content",
        q.code(),
        path + "/content",
        path,
        "quizedit.back.bank",
        false,
        path + "/content");
  }

  @POST
  @Path("{id}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response remove(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    banks.remove(BankPagesResource.caller(request), moduleId, id);
    return request.redirect(BankPagesResource.bankPath(moduleId), "removed");
  }

  /**
   * The question as edited: its tags, points and mandatory flag from the form; its whole content
   * replaced when a GIFT text of one question is given (in the chosen language, the code kept).
   */
  static QuestionDraft draft(BankQuestion q, MultivaluedMap<String, String> posted) {
    Question base = q.question();
    String gift = posted.getFirst("gift");
    if (gift != null && !gift.isBlank()) {
      List<Question> parsed = Gift.parse(gift, BankPagesResource.language(posted));
      if (parsed.size() != 1) {
        throw new InvalidInput("gift", "Write exactly one question in GIFT to replace this one.");
      }
      base = parsed.get(0).withCode(q.code());
    }
    Question edited =
        base.edit()
            .points(points(posted, base.points()))
            .mandatory(posted.containsKey("mandatory"))
            .competencies(BankPages.lines(posted.getFirst("competencies")))
            .build();
    return new QuestionDraft(edited, BankPages.lines(posted.getFirst("outcomes")));
  }

  private static double points(MultivaluedMap<String, String> posted, double otherwise) {
    String value = posted.getFirst("points");
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Double.parseDouble(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInput("question.points", "Points are a number.");
    }
  }
}
