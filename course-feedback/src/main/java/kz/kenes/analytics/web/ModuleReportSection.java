package kz.kenes.analytics.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;

/**
 * The link to the module feedback page on the landing page of an instructor or administrator
 * launched from a course ({@code moduleReportUrl}).
 */
@ApplicationScoped
public class ModuleReportSection implements LandingSection {

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    boolean staff = session.role() == KenesRole.INSTRUCTOR || session.isAdmin();
    if (!staff || session.contextRef() == null) {
      return;
    }
    page.with(
        "moduleReportUrl",
        page.link(ModuleReportPageResource.PATH, Map.of("lang", request.locale().getLanguage())));
  }
}
