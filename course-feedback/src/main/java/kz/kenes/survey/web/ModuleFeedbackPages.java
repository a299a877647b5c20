package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.api.FormView;
import kz.kenes.survey.api.ScaleLabels;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.ItemKind;

/**
 * Renders a learner's module feedback page ({@code templates/survey/module.html}) with the shared
 * parts of the survey pages, and gives the landing page the same form.
 */
@ApplicationScoped
public class ModuleFeedbackPages {

  @Inject Views views;
  @Inject ScaleLabels scale;

  /** The kind of each item of the module feedback instrument, by code, to read a posted form. */
  static Map<String, ItemKind> kinds(InstrumentVersion version) {
    Map<String, ItemKind> kinds = new LinkedHashMap<>();
    for (InstrumentItem item : version.items()) {
      kinds.put(item.code(), item.kind());
    }
    return kinds;
  }

  /**
   * The page of a module's feedback.
   *
   * @param posted answers just posted and refused, else null to show the saved ones
   * @param saved whether to confirm that the rating was just saved
   */
  String page(
      PageRequest request,
      ModuleFeedback.Form form,
      Map<String, ?> posted,
      Map<String, String> fieldErrors,
      boolean saved) {
    Locale locale = request.locale();
    String path = ModuleFeedbackPageResource.path(form.module().id());
    PageModel page = request.page("module.feedback.title", path, Map.of());
    Object title = page.asMap().get("pageTitle");
    model(page, form, posted, fieldErrors);
    page.with("pageTitle", title)
        .with("saved", saved)
        .with("backUrl", page.link("/app", Map.of("lang", locale.getLanguage())));
    return views.render("survey/module", locale, page.asMap());
  }

  /** The variables of the form of a module: also used by the landing page. */
  void model(
      PageModel page, ModuleFeedback.Form form, Map<String, ?> posted, Map<String, String> errors) {
    Locale locale = page.locale();
    String language = locale.getLanguage();
    FormView view =
        FormView.ofModule(form, "v" + form.moduleVersion(), language, scale.labels(language));
    SurveyPages.describe(page, view, posted, errors);
    page.with("module", view)
        .with("moduleVersion", form.moduleVersion())
        .with("moduleStatus", form.status().name().toLowerCase(Locale.ROOT))
        .with("ratedAt", SurveyDates.dateTime(view.submittedAt(), locale))
        .with("formAction", ModuleFeedbackPageResource.path(form.module().id()))
        .with("autosaveUrl", "/api/module-feedback/modules/" + form.module().id() + "/rating");
  }
}
