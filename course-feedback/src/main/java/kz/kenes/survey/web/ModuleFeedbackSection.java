package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.application.ModuleFeedback.RatedModule;

/**
 * Module feedback on a learner's landing page: where the launch's resource link shows a module,
 * that module's form ({@code moduleForm}, with the shared form variables) or, once the learner
 * rated its current version, a link to change the answer ({@code ratedModule}); and the modules of
 * the course ({@code courseModules}), each with its status and a link to its feedback page. Other
 * roles see nothing from here.
 */
@ApplicationScoped
public class ModuleFeedbackSection implements LandingSection {

  @Inject ModuleFeedback feedback;
  @Inject ModuleFeedbackPages pages;

  /**
   * A module as the landing page lists it.
   *
   * @param status {@code not_rated}, {@code rated} or {@code rated_earlier_version}
   */
  public record ModuleLink(String title, String code, int version, String status, String href) {}

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    if (session.kind() != KenesSession.Kind.LTI
        || session.role() != KenesRole.LEARNER
        || session.userRef() == null
        || session.contextRef() == null) {
      return;
    }
    String language = request.locale().getLanguage();
    List<RatedModule> modules = feedback.modulesOf(session);
    page.with("courseModules", modules.stream().map(m -> link(m, page, language)).toList());
    Optional<RatedModule> linked = feedback.linkedModule(session, modules);
    if (linked.isEmpty()) {
      return;
    }
    RatedModule module = linked.get();
    if (module.status() == kz.kenes.survey.domain.ModuleRating.Status.RATED) {
      page.with("ratedModule", link(module, page, language));
      return;
    }
    pages.model(page, feedback.form(session, module.module().id()), null, Map.of());
    page.with("moduleForm", true);
  }

  private static ModuleLink link(RatedModule rated, PageModel page, String language) {
    return new ModuleLink(
        rated.module().title(),
        rated.module().code(),
        rated.module().currentVersion(),
        rated.status().name().toLowerCase(Locale.ROOT),
        page.link(ModuleFeedbackPageResource.path(rated.module().id()), Map.of("lang", language)));
  }
}
