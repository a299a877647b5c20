package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.api.SurveyView;
import kz.kenes.survey.api.SurveyView.GroupCount;
import kz.kenes.survey.api.SurveyView.RoundView;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRound;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;

/**
 * Renders a survey's page: what it asks about, its rounds with their status and response counts per
 * stakeholder group, the close and reopen actions, the add-round form, and the links to the report
 * and the exports.
 */
@ApplicationScoped
public class OverviewPages {

  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject SurveyChoices choices;
  @Inject Views views;
  @Inject Clock clock;

  /** The forms of the page as typed, with their errors; the reopen form is one round's. */
  record Forms(
      RoundForm round,
      FormErrors roundErrors,
      long reopenRoundId,
      String reopenClosesAt,
      FormErrors reopenErrors) {

    static Forms none() {
      return new Forms(RoundForm.empty(), FormErrors.none(), -1, "", FormErrors.none());
    }

    static Forms round(RoundForm round, FormErrors errors) {
      return new Forms(round, errors, -1, "", FormErrors.none());
    }

    static Forms reopen(long roundId, String closesAt, FormErrors errors) {
      return new Forms(RoundForm.empty(), FormErrors.none(), roundId, closesAt, errors);
    }
  }

  /** One group's responses in a round. */
  public record CountRow(String group, long submitted, long drafts) {}

  /** A round as the page shows it. */
  public record RoundRow(
      long id,
      String label,
      String kind,
      String status,
      String opensAt,
      String closesAt,
      String closedAt,
      int version,
      List<CountRow> counts,
      long submitted,
      long drafts,
      int links,
      String invitationsUrl,
      String closeUrl,
      String reopenAction,
      boolean needsNewDate,
      String reopenValue,
      Map<String, String> reopenErrors) {}

  String render(StaffRequest request, Survey survey, String done, Forms forms) {
    String path = SurveyPagesResource.PATH + "/" + survey.id();
    PageModel page =
        request.page().page("survey.staff.survey.title", path, Map.of()).with("section", "surveys");
    String language = request.page().locale().getLanguage();
    Instant now = clock.instant();
    SurveyView view = SurveyView.of(surveys.overview(survey), now);
    Map<String, String> groups = choices.groupNames(language);
    List<RoundRow> rounds =
        view.rounds().stream().map(r -> row(page, path, survey, r, groups, forms, now)).toList();
    page.with("pageTitle", survey.title())
        .with("survey", view)
        .with("program", choices.programName(survey.programId()))
        .with(
            "module",
            survey.moduleId().map(m -> choices.moduleName(survey.programId(), m)).orElse(null))
        .with("instrument", SurveyChoices.instrument(survey.instrument(), language).label())
        .with("created", StaffForms.shown(survey.createdAt()))
        .with("rounds", rounds)
        .with("backUrl", page.link(SurveyPagesResource.PATH, Map.of()))
        .with("reportUrl", page.link(path + "/report", Map.of()))
        .with("exports", exports(page, survey.id()))
        .with("roundAction", path + "/rounds")
        .with("roundForm", forms.round().values())
        .with("roundErrors", forms.roundErrors().fields())
        .with("roundKinds", List.of("baseline", "follow_up", "other"));
    return views.render(
        "surveys/staff/survey", request.page().locale(), SurveyPages.confirm(page, done).asMap());
  }

  private RoundRow row(
      PageModel page,
      String path,
      Survey survey,
      RoundView round,
      Map<String, String> groups,
      Forms forms,
      Instant now) {
    String roundPath = path + "/rounds/" + round.id();
    List<CountRow> counts = counts(round.responses(), groups);
    boolean closed = "closed".equals(round.status());
    boolean reopening = forms.reopenRoundId() == round.id();
    SurveyRound stored = surveys.round(survey, round.id());
    return new RoundRow(
        round.id(),
        round.label(),
        round.kind(),
        round.status(),
        StaffForms.shown(round.opensAt()),
        StaffForms.shown(round.closesAt()),
        StaffForms.shown(round.closedAt()),
        round.instrumentVersion(),
        counts,
        counts.stream().mapToLong(CountRow::submitted).sum(),
        counts.stream().mapToLong(CountRow::drafts).sum(),
        invitations.list(stored).size(),
        page.link(roundPath, Map.of()),
        closed ? null : page.link(roundPath + "/close", Map.of()),
        closed ? roundPath + "/reopen" : null,
        !round.closesAt().isAfter(now),
        reopening ? forms.reopenClosesAt() : "",
        reopening ? forms.reopenErrors().fields() : Map.of());
  }

  /** Every group, those with responses outside the known groups too, in the groups' order. */
  static List<CountRow> counts(Map<String, GroupCount> responses, Map<String, String> groups) {
    Map<String, String> names = new LinkedHashMap<>(groups);
    responses.keySet().forEach(code -> names.putIfAbsent(code, code));
    return names.entrySet().stream()
        .map(
            g -> {
              GroupCount c = responses.getOrDefault(g.getKey(), new GroupCount(0, 0));
              return new CountRow(g.getValue(), c.submitted(), c.drafts());
            })
        .toList();
  }

  /** The downloads of the survey's answers (built by the report's export endpoints). */
  static List<Map<String, String>> exports(PageModel page, long surveyId) {
    String base = "/api/surveys/" + surveyId + "/export/";
    return List.of(
        Map.of(
            "key",
            "survey.staff.export.responses",
            "url",
            page.link(base + "responses.csv", Map.of())),
        Map.of(
            "key",
            "survey.staff.export.codebook",
            "url",
            page.link(base + "codebook.csv", Map.of())),
        Map.of(
            "key", "survey.staff.export.spss", "url", page.link(base + "responses.sps", Map.of())));
  }
}
