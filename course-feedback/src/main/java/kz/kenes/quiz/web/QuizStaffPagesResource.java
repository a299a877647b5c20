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
import java.util.List;
import java.util.Map;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.quiz.application.QuestionBanks;
import kz.kenes.quiz.application.QuizAuthoring;
import kz.kenes.quiz.application.QuizAuthoring.QuizDraft;
import kz.kenes.quiz.application.QuizPools;
import kz.kenes.quiz.application.QuizReview;
import kz.kenes.quiz.domain.Gift;
import kz.kenes.quiz.domain.MoodleXml;
import kz.kenes.quiz.domain.PassRule;
import kz.kenes.quiz.domain.PoolDraw;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizSettings;
import kz.kenes.quiz.domain.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's quiz pages of their course: {@code /app/course/quizzes} (the course's quizzes and a
 * form that creates one from questions written in GIFT, with its settings) and {@code
 * /app/course/quizzes/{id}} (its attempts a page at a time, the question statistics, and the form
 * that grants a learner an extra attempt or more time, with the audit trail of grants).
 */
@Path(QuizStaffPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class QuizStaffPagesResource {

  public static final String PATH = "/app/course/quizzes";
  static final int PAGE_SIZE = 50;

  @Inject PageSessions pages;
  @Inject QuizAuthoring authoring;
  @Inject QuizReview review;
  @Inject QuizStaffPages render;
  @Inject QuizPools pools;
  @Inject QuestionBanks banks;
  @Context HttpHeaders headers;

  public static String quizPath(long quizId) {
    return PATH + "/" + quizId;
  }

  @GET
  @Operation(hidden = true)
  public Response list(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    List<Quiz> quizzes = authoring.ofCourse(requireStaff(request));
    return HtmlPages.ok(render.list(request, quizzes, Map.of(), Map.of(), null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    requireStaff(request);
    try {
      String language = posted.getFirst("language");
      if (language == null || !Texts.LANGUAGES.contains(language)) {
        language = "en";
      }
      List<Question> questions =
          "moodle".equals(posted.getFirst("format"))
              ? MoodleXml.parse(posted.getFirst("gift"), language)
              : Gift.parse(posted.getFirst("gift"), language);
      Quiz quiz =
          authoring.create(
              request.session(),
              new QuizDraft(posted.getFirst("title"), questions, settings(posted)));
      return HtmlPages.seeOther(
          PageModel.href(request.token(), quizPath(quiz.id()), Map.of("done", "created")));
    } catch (InvalidInput refused) {
      return HtmlPages.status(
          400,
          render.list(
              request,
              authoring.ofCourse(request.session()),
              firstValues(posted),
              refused.fieldErrors(),
              refused.getMessage()));
    }
  }

  @GET
  @Path("{quizId}")
  @Operation(hidden = true)
  public Response quiz(
      @PathParam("quizId") long quizId,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    int start = Math.max(0, offset);
    return HtmlPages.ok(page(request, quizId, start, params.done(), null));
  }

  private String page(PageRequest request, long quizId, int start, String done, String error) {
    QuizReview.AttemptPage attempts = review.attempts(request.session(), quizId, start, PAGE_SIZE);
    return render.quiz(
        request,
        attempts,
        new QuizStaffPages.Extras(
            review.statistics(request.session(), quizId),
            review.grants(request.session(), quizId),
            new QuizStaffPages.PoolsModel(
                pools.sizes(attempts.quiz().settings()), banks.ofCourse(request.session())),
            review.learners(request.session(), quizId)),
        start,
        done,
        error);
  }

  /** The staff's page of one attempt: the learner by name, the answers, marks and feedback. */
  @GET
  @Path("{quizId}/attempts/{attemptId}")
  @Operation(hidden = true)
  public Response attempt(
      @PathParam("quizId") long quizId,
      @PathParam("attemptId") long attemptId,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(
        render.attempt(request, review.attemptAt(request.session(), quizId, attemptId)));
  }

  public static String attemptPath(long quizId, long attemptId) {
    return quizPath(quizId) + "/attempts/" + attemptId;
  }

  @POST
  @Path("{quizId}/pools")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addPool(@PathParam("quizId") long quizId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    try {
      List<PoolDraw> all = new java.util.ArrayList<>(quiz.settings().pools());
      all.add(
          new PoolDraw(
              whole(posted, "moduleId"),
              posted.getFirst("competency"),
              posted.getFirst("outcome"),
              (int) whole(posted, "count")));
      authoring.revise(request.session(), quizId, withPools(quiz, all));
    } catch (InvalidInput refused) {
      return HtmlPages.status(400, page(request, quizId, 0, null, refused.getMessage()));
    }
    return request.redirect(quizPath(quizId), "pooled");
  }

  @POST
  @Path("{quizId}/pools/{index}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response removePool(
      @PathParam("quizId") long quizId,
      @PathParam("index") int index,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Quiz quiz = authoring.staffQuiz(request.session(), quizId);
    List<PoolDraw> all = new java.util.ArrayList<>(quiz.settings().pools());
    if (index >= 0 && index < all.size()) {
      all.remove(index);
      try {
        authoring.revise(request.session(), quizId, withPools(quiz, all));
      } catch (InvalidInput refused) {
        return HtmlPages.status(400, page(request, quizId, 0, null, refused.getMessage()));
      }
    }
    return request.redirect(quizPath(quizId), "unpooled");
  }

  private static QuizDraft withPools(Quiz quiz, List<PoolDraw> all) {
    return new QuizDraft(quiz.title(), quiz.questions(), quiz.settings().withPools(all));
  }

  @POST
  @Path("{quizId}/grants")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response grant(@PathParam("quizId") long quizId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    try {
      review.grant(
          request.session(),
          quizId,
          whole(posted, "learnerRef"),
          (int) whole(posted, "extraAttempts"),
          (int) whole(posted, "extraMinutes"),
          posted.getFirst("reason"));
    } catch (InvalidInput | kz.kenes.platform.domain.NotFound refused) {
      return HtmlPages.status(
          refused instanceof InvalidInput ? 400 : 404,
          page(request, quizId, 0, null, refused.getMessage()));
    }
    return HtmlPages.seeOther(
        PageModel.href(request.token(), quizPath(quizId), Map.of("done", "granted")));
  }

  private static Map<String, String> firstValues(MultivaluedMap<String, String> posted) {
    Map<String, String> values = new java.util.HashMap<>();
    posted.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
    return values;
  }

  static QuizSettings settings(MultivaluedMap<String, String> posted) {
    PassRule rule =
        "correct".equals(posted.getFirst("ruleKind"))
            ? new PassRule(PassRule.Kind.CORRECT, decimal(posted, "ruleValue"))
            : PassRule.percent(decimal(posted, "ruleValue"));
    return new QuizSettings(
        rule,
        (int) whole(posted, "draw"),
        posted.containsKey("shuffleQuestions"),
        posted.containsKey("shuffleChoices"),
        (int) whole(posted, "attemptLimit"),
        (int) whole(posted, "cooldownMinutes"),
        (int) whole(posted, "timeLimitMinutes"),
        "last".equals(posted.getFirst("kept")) ? QuizSettings.Kept.LAST : QuizSettings.Kept.BEST,
        reveal(posted.getFirst("reveal")),
        null);
  }

  private static QuizSettings.Reveal reveal(String value) {
    if ("after_pass_or_last".equals(value)) {
      return QuizSettings.Reveal.AFTER_PASS_OR_LAST;
    }
    return "never".equals(value) ? QuizSettings.Reveal.NEVER : QuizSettings.Reveal.AFTER_SUBMIT;
  }

  private static long whole(MultivaluedMap<String, String> posted, String field) {
    String value = posted.getFirst(field);
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, field + " must be a whole number.");
    }
  }

  private static double decimal(MultivaluedMap<String, String> posted, String field) {
    String value = posted.getFirst(field);
    try {
      return value == null || value.isBlank()
          ? 60
          : Double.parseDouble(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, field + " must be a number.");
    }
  }

  private kz.kenes.identity.domain.KenesSession requireStaff(PageRequest request) {
    review.requireStaff(request.session());
    return request.session();
  }
}
