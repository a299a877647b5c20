package kz.kenes.analytics.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;

/**
 * The link to the program overview of module feedback on an administrator's landing page ({@code
 * moduleOverviewUrl}).
 */
@ApplicationScoped
public class ProgramOverviewSection implements LandingSection {

  @Override
  public void addTo(PageRequest request, PageModel page) {
    if (!request.session().isAdmin()) {
      return;
    }
    page.with(
        "moduleOverviewUrl",
        page.link(
            ProgramOverviewPageResource.PATH, Map.of("lang", request.locale().getLanguage())));
  }
}
