package kz.kenes.program.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.kenes.identity.web.LinkedModuleSource;
import kz.kenes.program.application.LinkedModules;
import kz.kenes.program.domain.ModuleContent;

/** The module a resource link points at, for the learner's landing page (current version). */
@ApplicationScoped
public class LandingModules implements LinkedModuleSource {

  @Inject LinkedModules linked;

  @Override
  public Optional<LinkedModule> moduleOf(long resourceLinkRef) {
    return linked
        .moduleOf(resourceLinkRef)
        .map(module -> module.current().content())
        .map(LandingModules::summary);
  }

  private static LinkedModule summary(ModuleContent content) {
    return new LinkedModule(
        content.title(), content.credits(), content.outline().learningOutcomes());
  }
}
