package kz.kenes.quiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.KenesSession;
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
import kz.kenes.quiz.domain.QuestionType;
import kz.kenes.quiz.domain.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of question banks (docs/quizzes.md, "Question banks and pools"): {@code
 * /app/question-banks} (the banks of the modules the caller's course delivers), {@code
 * /app/question-banks/{moduleId}} (a bank's questions filtered by tag, a page at a time, and the
 * form that adds questions written in GIFT or Moodle XML) and {@code …/questions/{id}} (a
 * question's tags, points and text, and its removal). Who may open them is decided by {@code
 * BankAccess}, as for the API.
 */
@Path(BankPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class BankPagesResource {

  public static final String PATH = "/app/question-banks";
  static final int PAGE_SIZE = 50;

  @Inject PageSessions pages;
  @Inject QuestionBanks banks;
  @Inject BankPages render;
  @Inject QuestionFormPages form;
  @Context HttpHeaders headers;

  static String bankPath(long moduleId) {
    return PATH + "/" + moduleId;
  }

  static String questionPath(long moduleId, long questionId) {
    return bankPath(moduleId) + "/questions/" + questionId;
  }

  @GET
  @Operation(hidden = true)
  public Response list(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(render.list(request, banks.ofCourse(request.session())));
  }

  @GET
  @Path("{moduleId}")
  @Operation(hidden = true)
  public Response bank(
      @PathParam("moduleId") long moduleId,
      @QueryParam("competency") String competency,
      @QueryParam("outcome") String outcome,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    BankPages.Filter filter = new BankPages.Filter(competency, outcome, Math.max(0, offset));
    return HtmlPages.ok(
        render.bank(
            request, page(request, moduleId, filter), filter, params.done(), Map.of(), null));
  }

  private QuestionBanks.Page page(PageRequest request, long moduleId, BankPages.Filter filter) {
    return banks.list(
        caller(request),
        moduleId,
        filter.competency(),
        filter.outcome(),
        filter.offset(),
        PAGE_SIZE);
  }

  @POST
  @Path("{moduleId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response add(@PathParam("moduleId") long moduleId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    try {
      banks.importInto(
          caller(request),
          moduleId,
          "moodle".equals(posted.getFirst("format"))
              ? QuestionBanks.Format.MOODLE_XML
              : QuestionBanks.Format.GIFT,
          posted.getFirst("questions"),
          language(posted),
          posted.getFirst("competency"),
          posted.getFirst("outcome"));
    } catch (InvalidInput | Conflict refused) {
      BankPages.Filter filter = new BankPages.Filter(null, null, 0);
      return HtmlPages.status(
          refused instanceof Conflict ? 409 : 400,
          render.bank(
              request,
              page(request, moduleId, filter),
              filter,
              null,
              BankPages.firstValues(posted),
              refused));
    }
    return request.redirect(bankPath(moduleId), "added");
  }

  /** A new bank question's structured form: its type first (a GET form), then its fields. */
  @GET
  @Path("{moduleId}/questions/new")
  @Operation(hidden = true)
  public Response blank(
      @PathParam("moduleId") long moduleId,
      @QueryParam("type") String typeName,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    QuestionBanks.BankSummary bank = banks.bank(caller(request), moduleId);
    QuestionType type = QuestionForm.type(typeName);
    Map<String, String> values = new HashMap<>();
    values.put("code", banks.freeCode(caller(request), moduleId));
    values.put("points", "1");
    values.put("rows", String.valueOf(QuestionForm.MIN_ROWS));
    return HtmlPages.status(
        type == null && typeName != null ? 400 : 200,
        form.form(
            request,
            newPlace(bank),
            type,
            values,
            type == null && typeName != null
                ? Map.of("type", QuestionForm.KEYS + "type")
                : Map.of(),
            200));
  }

  /**
   * Adds a question written with the structured form to the bank (texts in kk, ru and en, its
   * competencies and learning outcomes); a refused form is shown again with what was typed.
   */
  @POST
  @Path("{moduleId}/questions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(
      @PathParam("moduleId") long moduleId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    QuestionBanks.BankSummary bank = banks.bank(caller(request), moduleId);
    QuestionFormPages.Place place = newPlace(bank);
    Map<String, String> values = BankPages.firstValues(posted);
    QuestionType type = QuestionForm.type(values.get("type"));
    if ("more".equals(values.get("action"))) {
      values.put("rows", String.valueOf(QuestionForm.rowsFor(rowCount(values) + 1)));
      return HtmlPages.ok(form.form(request, place, type, values, Map.of(), 200));
    }
    QuestionForm.Read read = QuestionForm.read(type, values);
    if (!read.ok()) {
      return HtmlPages.status(400, form.form(request, place, type, values, read.errors(), 400));
    }
    try {
      BankQuestion added =
          banks.add(
              caller(request),
              moduleId,
              new QuestionDraft(read.question(), BankPages.lines(values.get("outcomes"))));
      return request.redirect(questionPath(moduleId, added.id()), "created");
    } catch (InvalidInput | Conflict refused) {
      int status = refused instanceof Conflict ? 409 : 400;
      return HtmlPages.status(
          status,
          form.form(request, place, type, values, QuestionForm.errorsOf(type, refused), status));
    }
  }

  private static QuestionFormPages.Place newPlace(QuestionBanks.BankSummary bank) {
    String path = bankPath(bank.bank().moduleId()) + "/questions";
    return new QuestionFormPages.Place(
        path + "/new",
        bank.bank().title(),
        path,
        bankPath(bank.bank().moduleId()),
        "quizedit.back.bank",
        true,
        path + "/new",
        true);
  }

  @GET
  @Path("{moduleId}/questions/{id}")
  @Operation(hidden = true)
  public Response question(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    BankQuestion q = banks.question(caller(request), moduleId, id);
    return HtmlPages.ok(render.question(request, q, params.done(), null, null));
  }

  @POST
  @Path("{moduleId}/questions/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revise(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    BankQuestion q = banks.question(caller(request), moduleId, id);
    try {
      banks.revise(caller(request), moduleId, id, draft(q, posted));
    } catch (InvalidInput | Conflict refused) {
      return HtmlPages.status(
          refused instanceof Conflict ? 409 : 400,
          render.question(request, q, null, BankPages.firstValues(posted), refused));
    }
    return request.redirect(questionPath(moduleId, id), "saved");
  }

  @GET
  @Path("{moduleId}/questions/{id}/content")
  @Operation(hidden = true)
  public Response content(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      @QueryParam("type") String typeName,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    BankQuestion q = banks.question(caller(request), moduleId, id);
    QuestionFormPages.Shown shown =
        form.edit(request, contentPlace(q), q.question(), QuestionForm.type(typeName));
    return HtmlPages.status(shown.status(), shown.html());
  }

  /**
   * Replaces a bank question's content from the structured form: texts in all three languages, its
   * type kept, its code and learning outcomes kept.
   */
  @POST
  @Path("{moduleId}/questions/{id}/content")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response saveContent(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    BankQuestion q = banks.question(caller(request), moduleId, id);
    Map<String, String> values = BankPages.firstValues(posted);
    QuestionType to = QuestionForm.type(values.get("type"));
    QuestionFormPages.TypeChange change = QuestionFormPages.posted(q.question(), to);
    if (change != null && change.refusal() != null) {
      return HtmlPages.status(
          409,
          form.form(
              request,
              contentPlace(q),
              q.question().type(),
              QuestionForm.values(q.question()),
              Map.of(),
              409,
              change));
    }
    QuestionType type = change == null ? q.question().type() : to;
    values.put("type", type.name());
    values.put("code", q.code());
    if ("more".equals(values.get("action"))) {
      values.put("rows", String.valueOf(QuestionForm.rowsFor(rowCount(values) + 1)));
      return HtmlPages.ok(form.form(request, contentPlace(q), type, values, Map.of(), 200, change));
    }
    QuestionForm.Read read = QuestionForm.read(type, values);
    try {
      if (read.ok()) {
        banks.revise(
            caller(request), moduleId, id, new QuestionDraft(read.question(), q.outcomes()));
        return request.redirect(questionPath(moduleId, id), "saved");
      }
    } catch (InvalidInput | Conflict refused) {
      int status = refused instanceof Conflict ? 409 : 400;
      return HtmlPages.status(
          status,
          form.form(
              request,
              contentPlace(q),
              type,
              values,
              QuestionForm.errorsOf(type, refused),
              status,
              change));
    }
    return HtmlPages.status(
        400, form.form(request, contentPlace(q), type, values, read.errors(), 400, change));
  }

  private static int rowCount(Map<String, String> values) {
    try {
      return Integer.parseInt(values.getOrDefault("rows", "0").strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static QuestionFormPages.Place contentPlace(BankQuestion q) {
    String path = questionPath(q.moduleId(), q.id());
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
  @Path("{moduleId}/questions/{id}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response remove(
      @PathParam("moduleId") long moduleId,
      @PathParam("id") long id,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    banks.remove(caller(request), moduleId, id);
    return request.redirect(bankPath(moduleId), "removed");
  }

  /**
   * The question as edited: its tags, points and mandatory flag from the form; its whole content
   * replaced when a GIFT text of one question is given (in the chosen language, the code kept).
   */
  static QuestionDraft draft(BankQuestion q, MultivaluedMap<String, String> posted) {
    Question base = q.question();
    String gift = posted.getFirst("gift");
    if (gift != null && !gift.isBlank()) {
      List<Question> parsed = Gift.parse(gift, language(posted));
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

  private static String language(MultivaluedMap<String, String> posted) {
    String language = posted.getFirst("language");
    return language != null && Texts.LANGUAGES.contains(language) ? language : "en";
  }

  private static Optional<KenesSession> caller(PageRequest request) {
    return Optional.of(request.session());
  }
}
