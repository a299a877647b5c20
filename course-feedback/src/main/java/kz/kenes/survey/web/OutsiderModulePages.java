package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.domain.ModuleOutline;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.api.FormView;
import kz.kenes.survey.api.ScaleLabels;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.application.ModuleFeedback.RatedModule;
import kz.kenes.survey.application.OutsiderModuleFeedback;
import kz.kenes.survey.domain.ModuleRating;

/**
 * Renders the pages of a module feedback link ({@code templates/survey/outsider-*.html}): the
 * modules the link asks about, one module's form with what it forms (competencies and learning
 * outcomes of its current version), and the thank-you page.
 */
@ApplicationScoped
public class OutsiderModulePages {

  @Inject Views views;
  @Inject ScaleLabels scale;
  @Inject SurveyPages surveyPages;

  /**
   * A module in the link's list.
   *
   * @param status {@code not_rated}, {@code rated} or {@code rated_earlier_version}
   */
  public record ModuleRow(
      long id,
      String code,
      String title,
      int version,
      List<String> competencies,
      String status,
      String href) {}

  /** The link's page: the modules it asks about. */
  String modules(
      Locale locale, String token, OutsiderModuleFeedback.Modules found, String savedTitle) {
    String path = OutsiderModulePageResource.path(token);
    String language = locale.getLanguage();
    PageModel page = PageModel.of(locale, "module.outsider.title").switchLinks(path, Map.of());
    List<ModuleRow> rows = found.modules().stream().map(m -> row(token, m, language)).toList();
    long rated = rows.stream().filter(r -> !"not_rated".equals(r.status())).count();
    page.with("programName", found.program().name())
        .with("programCode", found.program().code())
        .with("modules", rows)
        .with("ratedCount", rated)
        .with("savedTitle", savedTitle)
        .with(
            "thanksUrl",
            rated == 0
                ? null
                : PageModel.href(
                    null, path + OutsiderModulePageResource.THANKS, Map.of("lang", language)));
    return views.render("survey/outsider-modules", locale, page.asMap());
  }

  /**
   * A module's form.
   *
   * @param posted answers just posted and refused, else null to show the saved ones
   */
  String form(
      Locale locale,
      String token,
      ModuleFeedback.Form form,
      String submissionId,
      boolean anonymous,
      Map<String, ?> posted,
      Map<String, String> fieldErrors,
      String pairCode) {
    String language = locale.getLanguage();
    String path = OutsiderModulePageResource.path(token, form.module().id());
    PageModel page = PageModel.of(locale, "module.outsider.title").switchLinks(path, Map.of());
    FormView view =
        FormView.ofModule(form, "v" + form.moduleVersion(), language, scale.labels(language));
    SurveyPages.describe(page, view, posted, fieldErrors);
    ModuleOutline outline = form.module().current().content().outline();
    page.with("module", view)
        .with("moduleCode", form.module().code())
        .with("moduleVersion", form.moduleVersion())
        .with("moduleStatus", form.status().name().toLowerCase(Locale.ROOT))
        .with("competencies", outline.competencies())
        .with("learningOutcomes", outline.learningOutcomes())
        .with("ratedAt", SurveyDates.dateTime(view.submittedAt(), locale))
        .with("formAction", path)
        .with("submissionId", submissionId)
        .with("anonymous", anonymous)
        .with("pairCode", pairCode)
        .with("lang", language)
        .with(
            "backUrl",
            PageModel.href(null, OutsiderModulePageResource.path(token), Map.of("lang", language)));
    return views.render("survey/outsider-module", locale, page.asMap());
  }

  /** The thank-you page. */
  String thanks(Locale locale, String token, OutsiderModuleFeedback.Modules found) {
    String path = OutsiderModulePageResource.path(token);
    PageModel page =
        PageModel.of(locale, "module.outsider.thanks.title")
            .switchLinks(path + OutsiderModulePageResource.THANKS, Map.of());
    long rated =
        found.modules().stream().filter(m -> m.status() != ModuleRating.Status.NOT_RATED).count();
    page.with("programName", found.program().name())
        .with("ratedCount", rated)
        .with("changeUrl", PageModel.href(null, path, Map.of("lang", locale.getLanguage())));
    return views.render("survey/outsider-thanks", locale, page.asMap());
  }

  /** The page of a link that is unknown (404) or takes no more answers (410). */
  String unavailable(Locale locale, int status, String reasonKey) {
    return surveyPages.unavailable(locale, status, reasonKey);
  }

  private static ModuleRow row(String token, RatedModule rated, String language) {
    ProgramModule m = rated.module();
    return new ModuleRow(
        m.id(),
        m.code(),
        m.title(),
        m.currentVersion(),
        m.current().content().outline().competencies(),
        rated.status().name().toLowerCase(Locale.ROOT),
        PageModel.href(
            null, OutsiderModulePageResource.path(token, m.id()), Map.of("lang", language)));
  }
}
