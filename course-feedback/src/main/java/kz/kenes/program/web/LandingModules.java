package kz.kenes.program.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.program.application.LinkedModules;
import kz.kenes.program.domain.ModuleContent;

/**
 * The module the launch's resource link points at (its current version), on the landing page as
 * {@code linkedModule}: title, credits and learning outcomes.
 */
@ApplicationScoped
public class LandingModules implements LandingSection {

  @Inject LinkedModules linked;

  /** A module as the landing page shows it. */
  public record LinkedModule(String title, int credits, List<String> learningOutcomes) {}

  @Override
  public void addTo(PageRequest request, PageModel page) {
    Long linkRef = request.session().resourceLinkRef();
    if (linkRef == null) {
      return;
    }
    linked
        .moduleOf(linkRef)
        .map(module -> summary(module.current().content()))
        .ifPresent(module -> page.with("linkedModule", module));
  }

  static LinkedModule summary(ModuleContent content) {
    return new LinkedModule(
        content.title(), content.credits(), content.outline().learningOutcomes());
  }
}
