package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.api.FormView;
import kz.kenes.survey.api.ScaleLabels;
import kz.kenes.survey.application.ResponseForm;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.ItemKind;
import kz.kenes.survey.domain.RoundStatus;

/**
 * Renders the respondents' pages ({@code templates/survey/}): a learner's round, an invitation's
 * form, its thank-you page and the page of a link that takes no more answers. Each page shows the
 * round's texts in the page's language, and the answers given so far, or just posted and refused.
 */
@ApplicationScoped
public class SurveyPages {

  @Inject Views views;
  @Inject ScaleLabels scale;

  /** The kind of each item of the form's round, by code, to read a posted form. */
  static Map<String, ItemKind> kinds(ResponseForm form) {
    Map<String, ItemKind> kinds = new LinkedHashMap<>();
    for (InstrumentItem item : form.version().items()) {
      kinds.put(item.code(), item.kind());
    }
    return kinds;
  }

  /**
   * A learner's page of a round.
   *
   * @param posted answers just posted and refused, else null to show the saved ones
   * @param saved whether to confirm that the answers were just saved
   */
  String learnerRound(
      PageRequest request,
      ResponseForm form,
      Map<String, ?> posted,
      Map<String, String> fieldErrors,
      boolean saved) {
    Locale locale = request.locale();
    String path = LearnerSurveyResource.PATH + "/" + form.round().id();
    PageModel page = request.page("survey.learner.title", path, Map.of());
    learnerModel(page, view(form, locale), posted, fieldErrors, saved);
    return views.render("survey/round", locale, page.asMap());
  }

  /** The variables of a learner's page of the round {@code view}; see {@link #learnerRound}. */
  static PageModel learnerModel(
      PageModel page,
      FormView view,
      Map<String, ?> posted,
      Map<String, String> fieldErrors,
      boolean saved) {
    Locale locale = page.locale();
    describe(page, view, posted, fieldErrors);
    return page.with("formAction", LearnerSurveyResource.PATH + "/" + view.roundId())
        .with("autosaveUrl", "/api/rounds/" + view.roundId() + "/draft")
        .with("saved", saved)
        .with("draftSavedAt", SurveyDates.dateTime(view.draftSavedAt(), locale))
        .with("backUrl", page.link("/app", Map.of("lang", locale.getLanguage())));
  }

  /**
   * The page of an invitation link.
   *
   * @param submissionId the submission this page makes or changes
   * @param changing whether that submission was made already (the page changes its answers)
   */
  String invitation(
      Locale locale,
      String token,
      ResponseForm form,
      String submissionId,
      boolean changing,
      Map<String, ?> posted,
      Map<String, String> fieldErrors,
      String pairCode) {
    String path = InvitationPageResource.path(token);
    PageModel page = PageModel.of(locale, "survey.invite.title").switchLinks(path, Map.of());
    describe(page, view(form, locale), posted, fieldErrors);
    page.with("formAction", path)
        .with("submissionId", submissionId)
        .with("changing", changing)
        .with("anonymous", form.anonymous())
        .with("pairCode", pairCode);
    return views.render("survey/invitation", locale, page.asMap());
  }

  /** The thank-you page after a submission through an invitation link. */
  String thanks(Locale locale, String token, ResponseForm form) {
    String path = InvitationPageResource.path(token);
    PageModel page =
        PageModel.of(locale, "survey.invite.thanks.title")
            .switchLinks(path + InvitationPageResource.THANKS, Map.of());
    Object title = page.asMap().get("pageTitle");
    describe(page, view(form, locale), null, Map.of());
    page.with("pageTitle", title)
        .with("changeUrl", PageModel.href(null, path, Map.of("lang", locale.getLanguage())));
    return views.render("survey/thanks", locale, page.asMap());
  }

  /** The page of a link that is unknown (404) or takes no more answers (410). */
  String unavailable(Locale locale, int status, String reasonKey) {
    PageModel page =
        PageModel.of(locale, "survey.invite.unavailable.title")
            .with("status", status)
            .with("reasonKey", reasonKey);
    return views.render("survey/unavailable", locale, page.asMap());
  }

  private FormView view(ResponseForm form, Locale locale) {
    String language = locale.getLanguage();
    return FormView.of(form, language, scale.labels(language));
  }

  /** The round's texts, its dates and the form, as the shared page parts read them. */
  static void describe(
      PageModel page, FormView view, Map<String, ?> posted, Map<String, String> fieldErrors) {
    Locale locale = page.locale();
    Map<String, ?> shown = posted == null ? view.answers() : posted;
    page.with("pageTitle", view.title())
        .with("survey", view)
        .with("form", SurveyForm.of(view, shown, fieldErrors))
        .with("open", RoundStatus.OPEN.name().equalsIgnoreCase(view.status()))
        .with("closesAt", SurveyDates.dateTime(view.closesAt(), locale))
        .with("submittedAt", SurveyDates.dateTime(view.submittedAt(), locale))
        .with("maxText", SurveyForm.MAX_TEXT)
        .with("surveyJsUrl", StaticAssets.shared().url("survey.js"));
  }
}
