package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.RosterSync;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The course's roster page for its instructors ({@code /app/course/roster}): the members the
 * platform listed at the last sync (active and inactive), their count, when it was synced and the
 * platform's message when the last sync failed, and a sync button (a plain form POST with the CSRF
 * token, {@code form#kenes-roster-sync}). A course whose launches sent no NRPS claim gets a notice
 * instead of the button.
 */
@Path(Navigation.COURSE_ROSTER)
@Produces(MediaType.TEXT_HTML)
public class RosterPagesResource {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject PageSessions pages;
  @Inject RosterSync rosters;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    RosterSync.View view = rosters.view(request.session());
    PageModel page = request.page("roster.title", Navigation.COURSE_ROSTER, Map.of());
    page.with("members", view.members())
        .with("active", view.active())
        .with("total", view.members().size())
        .with("serviceOffered", view.serviceOffered())
        .with(
            "syncedAt",
            view.course().syncedAt() == null ? null : WHEN.format(view.course().syncedAt()))
        .with("syncError", view.course().error())
        .with("syncAction", Navigation.COURSE_ROSTER + "/sync");
    String done = params.done();
    page.with(
        "confirmation",
        done != null && (done.equals("synced") || done.equals("noService"))
            ? "roster.done." + done
            : null);
    return HtmlPages.ok(views.render("course/roster", request.locale(), page.asMap()));
  }

  @POST
  @Path("sync")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response sync(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return switch (rosters.sync(request.session())) {
      case SYNCED -> request.redirect(Navigation.COURSE_ROSTER, "synced");
      case NO_SERVICE -> request.redirect(Navigation.COURSE_ROSTER, "noService");
      case FAILED -> request.redirect(Navigation.COURSE_ROSTER, "failed");
    };
  }
}
