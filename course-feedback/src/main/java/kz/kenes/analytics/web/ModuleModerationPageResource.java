package kz.kenes.analytics.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.analytics.application.ModuleAnswerModeration;
import kz.kenes.analytics.domain.ModerationAction;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The moderation forms of the module feedback page: hide an open answer with a reason, show it
 * again, mark it as an idea or take the mark back (session and CSRF tokens posted with them). A
 * done action redirects (POST-redirect-GET) to the page with the same filters and a confirmation; a
 * hide without a reason comes back to it saying that the reason is required.
 */
@Path(ModuleModerationPageResource.PATH)
public class ModuleModerationPageResource {

  public static final String PATH = ModuleReportPageResource.PATH + "/moderation";

  /** The page's filters a form posts back, to return to the same list. */
  private static final List<String> FILTERS =
      List.of("version", "group", "q", "ideas", "hidden", "offset", "lang");

  @Inject PageSessions pages;
  @Inject ModuleAnswerModeration moderation;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response moderate(MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    long module = id(posted, "module");
    Map<String, String> query = new LinkedHashMap<>();
    query.put("module", Long.toString(module));
    for (String filter : FILTERS) {
      String value = posted.getFirst(filter);
      if (value != null && !value.isBlank() && value.length() <= 200) {
        query.put(filter, value);
      }
    }
    ModerationAction action = ModerationAction.require(posted.getFirst("action"));
    try {
      moderation.moderate(
          request.session(),
          module,
          id(posted, "ratingId"),
          id(posted, "itemId"),
          action,
          posted.getFirst("reason"));
      query.put("done", action.code());
    } catch (InvalidInput e) {
      if (!e.fieldErrors().containsKey("reason")) {
        throw e;
      }
      query.put("done", "reason-required");
    }
    return HtmlPages.seeOther(
        PageModel.href(request.token(), ModuleReportPageResource.PATH, query));
  }

  private static long id(MultivaluedMap<String, String> posted, String field) {
    String value = posted.getFirst(field);
    try {
      long id = Long.parseLong(value == null ? "" : value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInput(field, "'" + field + "' must be a whole number 1 or more.");
  }
}
