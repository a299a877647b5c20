package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.activity.CourseRosters;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.api.InvitationView;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRound;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;

/**
 * Renders the pages of one round: its invitation links (never their tokens: Kenes keeps only a
 * hash) with the form that makes one, the page that shows a new link once, and the confirmation
 * steps before a round is closed or a link revoked.
 */
@ApplicationScoped
public class RoundPages {

  /** The notice of a form sent again after it made its link. */
  static final String ALREADY_MADE = "link-already-made";

  @Inject InvitationService invitations;
  @Inject SurveyChoices choices;
  @Inject Views views;
  @Inject Clock clock;
  @Inject ResponseRepository responses;
  @Inject CourseRosters rosters;

  /** Response rate of one role of the caller's course: submitted responses of its members. */
  public record RateRow(String role, int answered, int enrolled) {}

  /** Kenes role codes in the order the rates are shown. */
  static final List<String> ROLES = List.of("learner", "instructor", "admin");

  /** An invitation link in the list. */
  public record LinkRow(
      String group,
      String label,
      int uses,
      int maxUses,
      boolean anonymous,
      String expiresAt,
      String state,
      String revokeUrl,
      int mostFromOneClient) {}

  /** The confirmation step of an action. */
  record Confirm(
      String titleKey,
      String questionKey,
      String detail,
      String action,
      String submitKey,
      boolean backToSurvey) {}

  String round(
      StaffRequest request,
      SurveyRound round,
      String done,
      InvitationForm form,
      FormErrors errors) {
    PageModel page = model(request, round, "survey.staff.round.title");
    Map<String, String> groups = choices.groupNames(page.locale().getLanguage());
    Instant now = clock.instant();
    Map<Long, Integer> most = invitations.mostFromOneClient(round);
    List<LinkRow> links =
        invitations.list(round).stream()
            .map(i -> link(page, round, i, groups, now, most.getOrDefault(i.id(), 0)))
            .toList();
    page.with("links", links)
        .with("groups", groups)
        .with("inviteAction", path(round) + "/invitations")
        .with("form", form.values())
        .with("errors", errors.fields())
        .with("defaultExpiry", StaffForms.shown(round.closesAt()))
        .with("formId", InvitationForm.newFormId())
        .with("alreadyMade", ALREADY_MADE.equals(done))
        .with("rates", rates(request, round));
    return render("surveys/staff/round", request, SurveyPages.confirm(page, done));
  }

  String created(StaffRequest request, SurveyRound round, InvitationService.Created created) {
    PageModel page = model(request, round, "survey.staff.created.title");
    Invitation i = created.invitation();
    Map<String, String> groups = choices.groupNames(page.locale().getLanguage());
    page.with("url", created.url()).with("link", link(page, round, i, groups, clock.instant(), 0));
    return render("surveys/staff/invitation-created", request, page);
  }

  String confirm(StaffRequest request, SurveyRound round, Confirm confirm) {
    PageModel page = model(request, round, confirm.titleKey());
    page.with("question", confirm.questionKey())
        .with("detail", confirm.detail())
        .with("action", confirm.action())
        .with("submit", confirm.submitKey())
        .with("cancelUrl", page.asMap().get(confirm.backToSurvey() ? "surveyUrl" : "roundUrl"));
    return render("surveys/staff/confirm", request, page);
  }

  static String path(SurveyRound round) {
    return SurveyPagesResource.PATH + "/" + round.survey().id() + "/rounds/" + round.id();
  }

  private PageModel model(StaffRequest request, SurveyRound round, String titleKey) {
    Survey survey = round.survey();
    String surveyPath = SurveyPagesResource.PATH + "/" + survey.id();
    PageModel page =
        request.page().page(titleKey, path(round), Map.of()).with("section", "surveys");
    return page.with("surveyTitle", survey.title())
        .with("roundLabel", round.label())
        .with(
            "roundStatus", round.status(clock.instant()).name().toLowerCase(java.util.Locale.ROOT))
        .with("roundCloses", StaffForms.shown(round.closesAt()))
        .with("surveyUrl", page.link(surveyPath, Map.of()))
        .with("roundUrl", page.link(path(round), Map.of()));
  }

  /**
   * "Answered / enrolled" per role of the caller's course once its roster was synced: enrolled are
   * its active members, answered those of them with a submitted response (as {@code lti:<user>});
   * null without a course or roster.
   */
  List<RateRow> rates(StaffRequest request, SurveyRound round) {
    Long course = request.page().session().contextRef();
    if (course == null) {
      return null;
    }
    Optional<Map<String, CourseRosters.Enrolled>> roster = rosters.enrolled(course);
    if (roster.isEmpty()) {
      return null;
    }
    java.util.Set<String> submitted = responses.submittedKeys(round.id());
    List<RateRow> rows = new java.util.ArrayList<>();
    for (String role : ROLES) {
      CourseRosters.Enrolled enrolled = roster.get().get(role);
      if (enrolled != null) {
        int answered =
            (int) enrolled.userRefs().stream().filter(u -> submitted.contains("lti:" + u)).count();
        rows.add(new RateRow(role, answered, enrolled.members()));
      }
    }
    return rows;
  }

  /** A row of the links table; {@code mostFromOneClient}: the most responses from one address. */
  private LinkRow link(
      PageModel page,
      SurveyRound round,
      Invitation i,
      Map<String, String> groups,
      Instant now,
      int mostFromOneClient) {
    InvitationView view = InvitationView.of(i, now);
    return new LinkRow(
        groups.getOrDefault(view.group(), view.group()),
        view.label(),
        view.uses(),
        view.maxUses(),
        view.anonymous(),
        StaffForms.shown(view.expiresAt()),
        view.state(),
        "revoked".equals(view.state())
            ? null
            : page.link(path(round) + "/invitations/" + view.id() + "/revoke", Map.of()),
        mostFromOneClient);
  }

  private String render(String template, StaffRequest request, PageModel page) {
    return views.render(template, request.page().locale(), page.asMap());
  }
}
