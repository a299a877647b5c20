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
import kz.kenes.quiz.domain.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of question banks (docs/quizzes.md, "Question banks and pools"): {@code
 * /app/question-banks} (the banks of the modules the caller's course delivers), {@code
 * /app/question-banks/{moduleId}} (a bank's questions filtered by tag, a page at a time, and the
 * form that adds questions written in GIFT or Moodle XML); a bank's questions one by one, {@code
 * …/{moduleId}/questions/…}, are {@link BankQuestionPagesResource}'s. Who may open them is decided
 * by {@code BankAccess}, as for the API.
 */
@Path(BankPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class BankPagesResource {

  public static final String PATH = "/app/question-banks";
  static final int PAGE_SIZE = 50;

  @Inject PageSessions pages;
  @Inject QuestionBanks banks;
  @Inject BankPages render;
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

  static String language(MultivaluedMap<String, String> posted) {
    String language = posted.getFirst("language");
    return language != null && Texts.LANGUAGES.contains(language) ? language : "en";
  }

  static Optional<KenesSession> caller(PageRequest request) {
    return Optional.of(request.session());
  }
}
