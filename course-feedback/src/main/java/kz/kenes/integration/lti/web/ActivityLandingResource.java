package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.ActivityCatalog;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityReference;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where the launch of a placed link lands ({@code /app/activities/{type}/{id}}, from the link's
 * {@code kenes_activity} custom parameter): the activity's provider names the page for the caller's
 * role, and the browser is sent there; when nothing of it is open for the caller now (a survey with
 * no open round) a page says so.
 */
@Path(Navigation.ACTIVITIES + "/{type}/{id}")
@Produces(MediaType.TEXT_HTML)
public class ActivityLandingResource {

  @Inject PageSessions pages;
  @Inject ActivityCatalog catalog;
  @Inject DeepLinkingPages render;

  @GET
  @Operation(hidden = true)
  public Response open(
      @PathParam("type") String type, @PathParam("id") String id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    ActivityReference reference =
        ActivityReference.parse(type + ":" + id)
            .orElseThrow(() -> new NotFound("There is no activity " + type + ":" + id + "."));
    Optional<String> path = catalog.landing(new ActivityCaller(request.session().id()), reference);
    if (path.isPresent()) {
      return HtmlPages.seeOther(PageModel.href(request.token(), path.get(), Map.of()));
    }
    return HtmlPages.ok(render.message(request, "activity.nothingOpen", null));
  }
}
