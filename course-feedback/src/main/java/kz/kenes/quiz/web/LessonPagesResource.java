package kz.kenes.quiz.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.quiz.application.LessonGating;
import kz.kenes.quiz.application.QuizAccess;
import kz.kenes.quiz.domain.LessonLocked;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The lesson pages of a course, without JavaScript: {@code /app/lessons} (a learner's view of the
 * course's modules, each lesson and step open or locked with what unlocks it; for staff the rules
 * page), {@code /app/lessons/{moduleId}/{lesson}} (one lesson: 403 with what unlocks it while
 * locked) and {@code /app/lessons/rules} (the staff's sequence rules and quiz placements, with
 * their forms).
 */
@Path(LessonPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class LessonPagesResource {

  public static final String PATH = "/app/lessons";
  public static final String RULES = PATH + "/rules";

  @Inject PageSessions pages;
  @Inject LessonGating gating;
  @Inject QuizAccess access;
  @Inject LessonPages render;
  @Context HttpHeaders headers;

  public static String lessonPath(long moduleId, int lesson) {
    return PATH + "/" + moduleId + "/" + lesson;
  }

  @GET
  @Operation(hidden = true)
  public Response outline(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    if (access.isStaff(request.session())) {
      return rules(params);
    }
    return HtmlPages.ok(render.outline(request, gating.modules(request.session())));
  }

  @GET
  @Path("{moduleId: \\d+}/{lesson: \\d+}")
  @Operation(hidden = true)
  public Response lesson(
      @PathParam("moduleId") long moduleId,
      @PathParam("lesson") int lesson,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    try {
      return HtmlPages.ok(
          render.lesson(request, gating.lesson(request.session(), moduleId, lesson)));
    } catch (LessonLocked locked) {
      return HtmlPages.status(403, render.locked(request, locked));
    }
  }

  @GET
  @Path("rules")
  @Operation(hidden = true)
  public Response rules(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(
        render.rules(request, gating.rules(request.session()), params.done(), null));
  }

  @POST
  @Path("rules")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addRule(MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    return refusedOr(
        request,
        () -> {
          long[] target = target(posted.getFirst("target"), 3);
          gating.addRule(
              request.session(),
              target[0],
              (int) target[1],
              target[2] < 0 ? null : (int) target[2],
              number(posted.getFirst("quizId"), "quizId"));
        },
        "ruleAdded");
  }

  @POST
  @Path("rules/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response removeRule(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    return refusedOr(request, () -> gating.removeRule(request.session(), id), "ruleRemoved");
  }

  @POST
  @Path("placements")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response place(MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    return refusedOr(
        request,
        () -> {
          long quizId = number(posted.getFirst("quizId"), "quizId");
          String lesson = posted.getFirst("lesson");
          if (lesson == null || lesson.isBlank()) {
            gating.unplace(request.session(), quizId);
          } else {
            long[] target = target(lesson, 2);
            gating.place(request.session(), quizId, target[0], (int) target[1]);
          }
        },
        "placed");
  }

  private Response refusedOr(PageRequest request, Runnable change, String done) {
    try {
      change.run();
      return request.redirect(RULES, done);
    } catch (NotAllowed notStaff) {
      throw notStaff;
    } catch (DomainException refused) {
      return HtmlPages.status(
          Problems.status(refused),
          render.rules(request, gating.rules(request.session()), null, refused));
    }
  }

  /** {@code moduleId:lesson[:step]} as the forms' options write it. */
  private static long[] target(String value, int parts) {
    String[] split = value == null ? new String[0] : value.split(":");
    if (split.length != parts) {
      throw new InvalidInput("target", "Choose a lesson.");
    }
    long[] numbers = new long[parts];
    for (int i = 0; i < parts; i++) {
      numbers[i] = number(split[i], "target");
    }
    return numbers;
  }

  private static long number(String value, String field) {
    try {
      return Long.parseLong(value == null ? "" : value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Choose a value for " + field + ".");
    }
  }
}
