package kz.kenes.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The landing page where a launch ends ({@code /app?kt=…}): one page per Kenes role, saying what
 * that role can do next, with the course and resource link the launch came from. Its body carries
 * {@code data-kenes-role}. Other parts of Kenes add to it through {@link LandingSection}s. Without
 * a valid session the answer is a 401 error page asking to launch again from the course.
 */
// One instance for all requests (its @Context fields are per-request proxies): a launch
// flow passes here on every request, and a new resource per request cost its CDI
// construction and injection each time (docs/performance.md, issue 14).
@ApplicationScoped
@Path(Navigation.LANDING)
public class LandingResource {

  @Inject PageSessions pages;
  @Inject LandingContent content;
  @Inject Views views;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response landing(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    PageModel page = content.of(request);
    return HtmlPages.ok(views.render(template(request.session()), request.locale(), page.asMap()));
  }

  /** The template of a session's landing page: one per role. */
  static String template(KenesSession session) {
    return "landing/" + session.role().code();
  }

  /** Everything the landing page of this session shows. */
  static PageModel model(PageRequest request, CallerProfile launch) {
    KenesRole role = request.session().role();
    PageModel page =
        request.page("landing." + role.code() + ".title", "/app", Map.of()).with("section", "home");
    describe(page, request.session(), launch);
    if (role.atLeast(KenesRole.INSTRUCTOR)) {
      page.with("surveysUrl", page.link(Navigation.SURVEYS, Map.of()));
    }
    if (role == KenesRole.ADMIN) {
      if (request.session().operator()) {
        page.with("platformsUrl", page.link(Navigation.PLATFORMS, Map.of()));
      }
      page.with("instrumentsUrl", page.link(Navigation.INSTRUMENTS, Map.of()))
          .with("programsUrl", page.link(Navigation.PROGRAMS, Map.of()));
    }
    if (role != KenesRole.LEARNER && request.session().contextRef() != null) {
      page.with("coursePlanUrl", page.link(Navigation.COURSE_PLAN, Map.of()))
          .with("courseGradesUrl", page.link(Navigation.COURSE_GRADES, Map.of()))
          .with("courseRosterUrl", page.link(Navigation.COURSE_ROSTER, Map.of()));
    }
    return page;
  }

  /** Who is signed in, and the course and resource link of the launch (each may be absent). */
  static PageModel describe(PageModel page, KenesSession session, CallerProfile launch) {
    return page.with(
            "displayName", launch.person().map(CallerProfile.Person::displayName).orElse(null))
        .with("adminToken", session.kind() == KenesSession.Kind.ADMIN_TOKEN)
        .with("courseTitle", launch.course().map(CallerProfile.Course::shownTitle).orElse(null))
        .with("courseLabel", launch.course().map(CallerProfile.Course::label).orElse(null))
        .with("linkTitle", launch.placement().map(LandingResource::linkTitle).orElse(null));
  }

  private static String linkTitle(CallerProfile.Placement link) {
    return link.title() == null || link.title().isBlank() ? null : link.title();
  }
}
