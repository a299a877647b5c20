package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.web.staff.ModuleLinkPagesResource;

/**
 * The link to the module feedback links page on the landing page of an administrator, or of an
 * instructor launched from a course ({@code moduleLinksUrl}).
 */
@ApplicationScoped
public class ModuleLinksSection implements LandingSection {

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    boolean instructor = session.role() == KenesRole.INSTRUCTOR && session.contextRef() != null;
    if (!instructor && !session.isAdmin()) {
      return;
    }
    page.with(
        "moduleLinksUrl",
        page.link(ModuleLinkPagesResource.PATH, Map.of("lang", request.locale().getLanguage())));
  }
}
