package kz.kenes.program.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.kenes.integration.lti.session.Authenticator;
import kz.kenes.integration.lti.web.PageSessions;
import kz.kenes.integration.lti.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;

/** What every form of these pages does: verify the session and CSRF token, then redirect. */
final class PageForms {

  private PageForms() {}

  /** The session that posted the form: 401 without one, 403 without its CSRF token. */
  static PageRequest submitted(
      PageSessions pages, HttpHeaders headers, MultivaluedMap<String, String> form) {
    return pages.submit(
        headers, form.getFirst(Authenticator.TOKEN_PARAM), form.getFirst(Authenticator.CSRF_PARAM));
  }

  /** POST-redirect-GET to {@code path}, with {@code done} naming the confirmation to show. */
  static Response redirect(PageRequest request, String path, String done) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("done", done);
    String target = PageModel.href(request.token(), path, query);
    return Response.seeOther(URI.create(target)).header("Cache-Control", "no-store").build();
  }

  /** The list offset of a page link; anything but a whole number shows the first page. */
  static int offset(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A confirmation message key when {@code done} is one this page knows. */
  static PageModel confirm(PageModel page, String done, java.util.Set<String> known) {
    return done != null && known.contains(done)
        ? page.with("confirmation", "programs.done." + done)
        : page;
  }
}
