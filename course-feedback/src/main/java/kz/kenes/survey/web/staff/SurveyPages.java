package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import kz.kenes.identity.web.Navigation;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.application.Listing;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;

/**
 * Renders {@code /app/surveys}: the surveys a staff member runs, newest first and paginated, with
 * the form that creates one (refused input shown again with its errors).
 */
@ApplicationScoped
public class SurveyPages {

  static final String PATH = SurveyPagesResource.PATH;
  static final int PAGE_SIZE = 20;

  /** The confirmations a saved form redirects with ({@code done=…}). */
  static final Set<String> CONFIRMATIONS =
      Set.of("created", "round-added", "closed", "reopened", "revoked");

  @Inject SurveyService surveys;
  @Inject SurveyChoices choices;
  @Inject Views views;
  @Inject Clock clock;

  /** One survey in the list. */
  public record Row(
      String title, String url, String program, String instrument, int rounds, String created) {}

  String list(StaffRequest request, int offset, String done, SurveyForm form, FormErrors errors) {
    return list(request, offset, done, form, errors, null, false);
  }

  /** The value of {@code from} that says the create form was opened from the picker. */
  static final String FROM_PICKER = "deep-linking";

  static boolean fromPicker(String from) {
    return FROM_PICKER.equals(from);
  }

  /**
   * The list and the create form; {@code find} narrows the programs an administrator is offered.
   */
  String list(
      StaffRequest request,
      int offset,
      String done,
      SurveyForm form,
      FormErrors errors,
      String find,
      boolean fromPicker) {
    int start = Math.max(0, offset);
    PageModel page =
        request
            .page()
            .page("survey.staff.list.title", PATH, PageModel.offsetQuery(start))
            .with("section", "surveys");
    Listing<Survey> found = surveys.list(request.staff(), start, PAGE_SIZE);
    List<Row> rows = found.items().stream().map(s -> row(page, s)).toList();
    String language = request.page().locale().getLanguage();
    page.with("surveys", rows)
        .withPager(
            start,
            rows.size(),
            PAGE_SIZE,
            found.total(),
            from -> page.link(PATH, PageModel.offsetQuery(from)))
        .with("isAdmin", request.staff().isAdmin())
        .with("instrumentsUrl", page.link(InstrumentPagesResource.PATH, Map.of()))
        .with("instruments", choices.instruments(language))
        .with("programsFind", find == null ? "" : find)
        .with("formAction", PATH)
        .with("form", form.values())
        .with("errors", errors.fields())
        .with("fromPicker", fromPicker ? FROM_PICKER : null)
        .with("pickerUrl", fromPicker ? page.link(Navigation.DEEP_LINKING, Map.of()) : null);
    withPrograms(page, request, form, find);
    return views.render("surveys/staff/list", request.page().locale(), confirm(page, done).asMap());
  }

  private void withPrograms(PageModel page, StaffRequest request, SurveyForm form, String find) {
    OptionalLong selected = StaffForms.wholeNumber(form.programId());
    SurveyChoices.ProgramChoices offered =
        choices.programChoices(
            request.staff(), find, selected.isPresent() ? selected.getAsLong() : null);
    boolean searched = find != null && !find.isBlank();
    page.with("programs", offered.programs())
        .with("modules", offered.modules())
        .with("programsSearchable", offered.searchable())
        .with("programsSearched", searched)
        .with("programsMore", offered.more())
        .with("programsListed", Math.min(offered.matching(), SurveyChoices.MAX_PROGRAMS))
        .with("programsMatching", offered.matching())
        .with("programsNoMatch", searched && offered.matching() == 0);
  }

  private Row row(PageModel page, Survey survey) {
    return new Row(
        survey.title(),
        page.link(PATH + "/" + survey.id(), Map.of()),
        choices.programName(survey.programId()),
        survey.instrument().code(),
        survey.rounds().size(),
        StaffForms.shown(survey.createdAt()));
  }

  static PageModel confirm(PageModel page, String done) {
    return done != null && CONFIRMATIONS.contains(done)
        ? page.with("confirmation", "survey.staff.done." + done)
        : page;
  }
}
