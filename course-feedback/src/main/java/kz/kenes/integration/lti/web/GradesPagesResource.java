package kz.kenes.integration.lti.web;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.GradeDeliveries;
import kz.kenes.integration.lti.application.GradebookResults;
import kz.kenes.integration.lti.application.GradebookResults.LinkResults;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.lti.services.ags.Result;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The course's grades page for its instructors ({@code /app/course/grades}): per learner and graded
 * link the latest score, whether it reached the LMS gradebook (pending, delivered, superseded,
 * failed with the platform's message) and, for one not delivered, a retry button (a plain form POST
 * with the CSRF token). On request ({@code ?gradebook=read}, the "Read the gradebook" link) it also
 * shows what the platform's gradebook holds for each learner, read from its results service ({@link
 * GradebookResults}), and per link why it could not be read.
 */
@Path(GradesPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class GradesPagesResource {

  public static final String PATH = "/app/course/grades";
  static final Set<String> CONFIRMATIONS = Set.of("retried");
  static final String READ = "read";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject PageSessions pages;
  @Inject GradeDeliveries deliveries;
  @Inject GradebookResults gradebook;
  @Inject Views views;
  @Context HttpHeaders headers;

  /** One row of the page. */
  public record Row(
      long id,
      String link,
      String activity,
      String learner,
      String score,
      String status,
      int attempts,
      String error,
      String when,
      String retryAction,
      String gradebook,
      String gradebookScore) {}

  /** A graded link's read of the gradebook: {@code outcome} in lower case, the message's key. */
  public record GradebookLink(
      String title, String activity, String outcome, String messageKey, String detail) {}

  @GET
  @Operation(hidden = true)
  public Response page(
      @BeanParam PageParams params, @QueryParam("gradebook") String gradebookParam) {
    PageRequest request = pages.open(params);
    List<JdbcScoreOutbox.Status> statuses = deliveries.ofCourse(request.session());
    boolean read = READ.equals(gradebookParam);
    Map<Long, LinkResults> results =
        read
            ? gradebook.read(request.session()).stream()
                .collect(Collectors.toMap(LinkResults::linkRef, Function.identity(), (a, b) -> a))
            : Map.of();
    List<Row> rows =
        statuses.stream().map(s -> row(s, read ? results.get(s.linkRef()) : null)).toList();
    PageModel page = request.page("grades.title", PATH, Map.of());
    page.with("rows", rows)
        .with("gradebookRead", read)
        .with("readGradebookUrl", page.link(PATH, Map.of("gradebook", READ)))
        .with("gradebookLinks", results.values().stream().map(GradesPagesResource::link).toList());
    String done = params.done();
    page.with(
        "confirmation",
        done != null && CONFIRMATIONS.contains(done) ? "grades.done." + done : null);
    return HtmlPages.ok(views.render("course/grades", request.locale(), page.asMap()));
  }

  @POST
  @Path("{id}/retry")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response retry(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    deliveries.retry(request.session(), id);
    return request.redirect(PATH, "retried");
  }

  private static GradebookLink link(LinkResults r) {
    String outcome = r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    String detail =
        r.outcome() == GradebookResults.Outcome.READ
            ? String.valueOf(r.bySub().size())
            : r.message();
    return new GradebookLink(
        r.title() == null ? r.activity() : r.title(),
        r.activity(),
        outcome,
        "grades.gradebook." + (outcome.equals("read") ? "read-ok" : outcome),
        detail);
  }

  /**
   * The gradebook's cell of a row: {@code reported} with the platform's score, {@code missing} when
   * it holds none for the learner, {@code unavailable} when the link could not be read; null when
   * the gradebook was not read.
   */
  private static String[] gradebook(JdbcScoreOutbox.Status s, LinkResults results) {
    if (results == null) {
      return new String[] {null, null};
    }
    if (results.outcome() != GradebookResults.Outcome.READ) {
      return new String[] {"unavailable", null};
    }
    Result result = results.bySub().get(s.learnerSub());
    if (result == null || result.resultScore() == null) {
      return new String[] {"missing", null};
    }
    // AGS 2.0 §3.3: an absent resultMaximum means 1.
    String maximum = result.resultMaximum() == null ? "1" : number(result.resultMaximum());
    return new String[] {"reported", number(result.resultScore()) + " / " + maximum};
  }

  private Row row(JdbcScoreOutbox.Status s, LinkResults results) {
    String[] gradebook = gradebook(s, results);
    String learner = s.learnerName() == null ? s.learnerSub() : s.learnerName();
    boolean retryable = s.status().equals("failed") || s.status().equals("pending");
    return new Row(
        s.id(),
        s.linkTitle() == null ? s.activity() : s.linkTitle(),
        s.activity(),
        learner,
        number(s.scoreGiven()) + " / " + number(s.scoreMaximum()),
        s.status(),
        s.attempts(),
        s.lastError(),
        WHEN.format(s.finishedAt() != null ? s.finishedAt() : s.scoredAt()),
        retryable ? PATH + "/" + s.id() + "/retry" : null,
        gradebook[0],
        gradebook[1]);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
