package kz.kenes.integration.lti.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.integration.lti.api.ToolConfigResource;
import kz.kenes.integration.lti.application.SessionDetails;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.session.KenesRole;
import kz.kenes.integration.lti.session.KenesSession;
import kz.kenes.integration.lti.web.PageSessions.PageRequest;
import kz.kenes.lti.ToolConfiguration;
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
@Path("/app")
public class LandingResource {

  /** The staff's survey pages (kz.kenes.survey.web.staff), linked by path only. */
  static final String SURVEYS_PATH = "/app/surveys";

  /** The administrator's instrument pages. */
  static final String INSTRUMENTS_PATH = "/app/admin/instruments";

  /** The course page (plan, delivered modules, the link's module) of the program context. */
  static final String COURSE_PLAN_PATH = "/app/course/plan";

  /** The program pages of the program context. */
  static final String PROGRAMS_PATH = "/app/admin/programs";

  @Inject PageSessions pages;
  @Inject SessionDetails details;
  @Inject ToolConfiguration tool;
  @Inject Views views;
  @Inject Instance<LinkedModuleSource> linkedModules;
  @Inject Instance<LandingSection> sections;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response landing(@QueryParam("kt") String kt, @QueryParam("lang") String lang) {
    PageRequest request = pages.open(headers, kt, lang);
    PageModel page = model(request, details.of(request.session()), tool);
    Long linkRef = request.session().resourceLinkRef();
    if (linkRef != null && linkedModules.isResolvable()) {
      page.with("linkedModule", linkedModules.get().moduleOf(linkRef).orElse(null));
    }
    sections.forEach(section -> section.addTo(request, page));
    return HtmlPages.ok(views.render(template(request.session()), request.locale(), page.asMap()));
  }

  /** The template of a session's landing page: one per role. */
  static String template(KenesSession session) {
    return "landing/" + session.role().code();
  }

  /** Everything the landing page of this session shows. */
  static PageModel model(
      PageRequest request, SessionDetails.Details launch, ToolConfiguration tool) {
    KenesRole role = request.session().role();
    PageModel page =
        request.page("landing." + role.code() + ".title", "/app", Map.of()).with("section", "home");
    describe(page, request.session(), launch);
    if (role.atLeast(KenesRole.INSTRUCTOR)) {
      page.with("surveysUrl", page.link(SURVEYS_PATH, Map.of()));
    }
    if (role == KenesRole.ADMIN) {
      page.with("tool", ToolConfigResource.of(tool))
          .with("platformsUrl", page.link(PlatformPagesResource.PATH, Map.of()))
          .with("instrumentsUrl", page.link(INSTRUMENTS_PATH, Map.of()))
          .with("programsUrl", page.link(PROGRAMS_PATH, Map.of()));
    }
    if (role != KenesRole.LEARNER && request.session().contextRef() != null) {
      page.with("coursePlanUrl", page.link(COURSE_PLAN_PATH, Map.of()));
    }
    return page;
  }

  /** Who is signed in, and the course and resource link of the launch (each may be absent). */
  static PageModel describe(PageModel page, KenesSession session, SessionDetails.Details launch) {
    return page.with("displayName", launch.user().map(u -> u.displayName()).orElse(null))
        .with("adminToken", session.kind() == KenesSession.Kind.ADMIN_TOKEN)
        .with("courseTitle", launch.context().map(LandingResource::courseTitle).orElse(null))
        .with("courseLabel", launch.context().map(c -> c.label).orElse(null))
        .with("linkTitle", launch.link().map(LandingResource::linkTitle).orElse(null));
  }

  private static String courseTitle(LtiContextEntity context) {
    return context.title != null && !context.title.isBlank() ? context.title : context.label;
  }

  private static String linkTitle(LtiResourceLinkEntity link) {
    return link.title == null || link.title.isBlank() ? null : link.title;
  }
}
