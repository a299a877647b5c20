package kz.kenes.integration.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.api.ToolConfigResource;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.platform.web.PageModel;

/** The tool's LTI URLs ({@code tool}) on an administrator's landing page, to paste into an LMS. */
@ApplicationScoped
public class ToolUrlsSection implements LandingSection {

  @Inject ToolConfiguration tool;

  @Override
  public void addTo(PageRequest request, PageModel page) {
    addTo(request, page, tool);
  }

  static void addTo(PageRequest request, PageModel page, ToolConfiguration tool) {
    if (request.session().role() == KenesRole.ADMIN) {
      page.with("tool", ToolConfigResource.of(tool));
    }
  }
}
