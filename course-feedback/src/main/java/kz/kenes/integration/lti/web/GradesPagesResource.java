package kz.kenes.integration.lti.web;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.GradeDeliveries;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The course's grades page for its instructors ({@code /app/course/grades}): per learner and graded
 * link the latest score, whether it reached the LMS gradebook (pending, delivered, superseded,
 * failed with the platform's message) and, for one not delivered, a retry button (a plain form POST
 * with the CSRF token).
 */
@Path(GradesPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class GradesPagesResource {

  public static final String PATH = "/app/course/grades";
  static final Set<String> CONFIRMATIONS = Set.of("retried");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject PageSessions pages;
  @Inject GradeDeliveries deliveries;
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
      String retryAction) {}

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    List<Row> rows = deliveries.ofCourse(request.session()).stream().map(this::row).toList();
    PageModel page = request.page("grades.title", PATH, Map.of());
    page.with("rows", rows);
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

  private Row row(JdbcScoreOutbox.Status s) {
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
        retryable ? PATH + "/" + s.id() + "/retry" : null);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
