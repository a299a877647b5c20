package kz.kenes.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.api.FormView;
import kz.kenes.survey.api.FormView.ItemView;
import kz.kenes.survey.api.FormView.OptionView;
import kz.kenes.survey.api.FormView.ScalePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The respondents' pages as rendered, without a container. */
class SurveyPagesTest {

  private static final Views VIEWS = TestViews.create();
  private static final Instant CLOSES = Instant.parse("2026-03-12T18:00:00Z");

  private static FormView form(String status, Map<String, Object> answers, boolean submitted) {
    return new FormView(
        1L,
        20L,
        "Agronomy 2026",
        "Baseline",
        "baseline",
        status,
        CLOSES,
        "en",
        "Satisfaction with the <b>program</b>",
        "Four short questions.",
        List.of(
            new ScalePoint(0, "No"),
            new ScalePoint(1, "Rather no"),
            new ScalePoint(2, "Rather yes"),
            new ScalePoint(3, "Yes")),
        List.of(
            new ItemView("E01", "scale", true, null, "The program prepares for the job", List.of()),
            new ItemView(
                "E14",
                "single",
                true,
                null,
                "Years of experience",
                List.of(new OptionView("lt1", "Under a year"), new OptionView("gt1", "More"))),
            new ItemView(
                "E15",
                "multiple",
                false,
                null,
                "Formats you used",
                List.of(new OptionView("x", "Video"), new OptionView("y", "Quizzes"))),
            new ItemView("E16", "open", false, null, "What is missing?", List.of())),
        answers,
        submitted,
        submitted ? Instant.parse("2026-03-01T10:00:00Z") : null,
        null);
  }

  private static String learnerPage(
      FormView view, Map<String, ?> posted, Map<String, String> errors, boolean saved) {
    Locale locale = Locale.forLanguageTag(view.language());
    PageModel page =
        PageModel.of(locale, "survey.learner.title")
            .session("session-token-1", "csrf-token-1", "learner")
            .switchLinks("/app/surveys/rounds/20", Map.of());
    SurveyPages.learnerModel(page, view, posted, errors, saved);
    return flat(VIEWS.render("survey/round", locale, page.asMap()));
  }

  /** The page with every run of white space as one space, to assert on tags across lines. */
  private static String flat(String html) {
    return html.replaceAll("\\s+", " ");
  }

  @Test
  void eachScaleItemIsARadioGroupOfTheFourLabelledPoints() {
    String html = learnerPage(form("open", Map.of(), false), null, Map.of(), false);

    assertThat(html)
        .contains(
            "<fieldset role=\"radiogroup\" aria-required=\"true\">",
            "<legend class=\"question__text\">",
            "<input type=\"radio\" id=\"q-E01-3\" name=\"a.E01\" value=\"3\"",
            "<label for=\"q-E01-3\">Yes</label>",
            "<label for=\"q-E01-1\">Rather no</label>",
            "<input type=\"radio\" id=\"q-E14-lt1\" name=\"a.E14\" value=\"lt1\"",
            "<input type=\"checkbox\" id=\"q-E15-y\" name=\"a.E15\" value=\"y\">",
            "<textarea id=\"q-E16-input\" name=\"a.E16\" rows=\"4\" maxlength=\"4000\"",
            "<span class=\"required\">required</span>",
            "Open until March 12, 2026, 18:00 UTC.")
        .doesNotContain("data-error-summary");
    assertThat(input(html, "q-E01-0")).contains("required=\"required\"");
    assertThat(input(html, "q-E15-x")).doesNotContain("required");
  }

  @Test
  void formPostsTheSessionAndCsrfTokensAndHandsTheTokenToTheAutosaveScript() {
    String html = learnerPage(form("open", Map.of(), false), null, Map.of(), false);

    assertThat(html)
        .contains(
            "<input type=\"hidden\" name=\"kt\" value=\"session-token-1\">",
            "<input type=\"hidden\" name=\"csrf\" value=\"csrf-token-1\">",
            "data-autosave-url=\"/api/rounds/20/draft\"",
            "data-kt=\"session-token-1\"",
            "aria-live=\"polite\" data-autosave-status",
            "/static/survey.js?v=")
        .doesNotContain("<script>", "onclick", "onchange");
  }

  @Test
  void escapesTheInstrumentTexts() {
    String html = learnerPage(form("open", Map.of(), false), null, Map.of(), false);

    assertThat(html).contains("Satisfaction with the &lt;b&gt;program&lt;/b&gt;");
  }

  @Test
  void previousAnswersArePrefilled() {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("E01", 2);
    answers.put("E14", "gt1");
    answers.put("E15", List.of("x", "y"));
    answers.put("E16", "More field <work>");

    String html = learnerPage(form("open", answers, true), null, Map.of(), false);

    assertThat(input(html, "q-E01-2")).contains("checked=\"checked\"");
    assertThat(input(html, "q-E01-3")).doesNotContain("checked");
    assertThat(input(html, "q-E14-gt1")).contains("checked=\"checked\"");
    assertThat(input(html, "q-E15-x")).contains("checked=\"checked\"");
    assertThat(input(html, "q-E15-y")).contains("checked=\"checked\"");
    assertThat(html).contains(">More field &lt;work&gt;</textarea>", "Save the changed answers");
  }

  /** The tag of the input with this id. */
  private static String input(String html, String id) {
    java.util.regex.Matcher tag =
        java.util.regex.Pattern.compile("<input[^>]* id=\"" + id + "\"[^>]*>").matcher(html);
    assertThat(tag.find()).as("an input with id %s", id).isTrue();
    return tag.group();
  }

  @Test
  void aRefusedSubmissionMarksEachItemAtFaultAndSummarisesWithLinks() {
    Map<String, Object> posted = new LinkedHashMap<>();
    posted.put("E01", "7");
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("answers.E01", "E01: 7 is outside the scale");
    errors.put("answers.E14", "E14: an answer is required to submit.");

    String html = learnerPage(form("open", Map.of(), false), posted, errors, false);

    assertThat(html)
        .contains(
            "data-error-summary",
            "Your answers were not saved",
            "<a href=\"#q-E01-0\">Question 1: Choose one of the four answers.</a>",
            "<a href=\"#q-E14-lt1\">Question 2: Choose an answer: this question is required.</a>",
            "aria-invalid=\"true\" aria-describedby=\"q-E01-error\"",
            "<p class=\"field-error\" id=\"q-E01-error\">Choose one of the four answers.</p>",
            "aria-describedby=\"q-E14-error\"");
    assertThat(html).doesNotContain("q-E15-error", "q-E16-error");
  }

  @Test
  void confirmsASavedSubmissionWithTheClosingDate() {
    String html = learnerPage(form("open", Map.of("E01", 3), true), null, Map.of(), true);

    assertThat(html)
        .contains(
            "role=\"status\"",
            "Your answers were saved; you can change them until March 12, 2026, 18:00 UTC.");
  }

  @Test
  void aClosedRoundShowsTheAnswersReadOnly() {
    Map<String, Object> answers = Map.of("E01", 3, "E15", List.of("y"));

    String html = learnerPage(form("closed", answers, true), null, Map.of(), false);

    assertThat(html)
        .contains("This survey round is closed", "<dd>Yes</dd>", "<dd>Quizzes</dd>", "No answer");
    assertThat(html.substring(html.indexOf("<main"))).doesNotContain("<form", "<input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void everyTextOfTheRespondentsPagesIsTranslated(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Map<String, String> errors =
        Map.of("answers.E01", "x", "answers.E16", "long", "pairCode", "bad", "body", "?");
    PageModel learner = PageModel.of(locale, "survey.learner.title").session("t", "c", "learner");
    SurveyPages.learnerModel(
        learner, form("open", Map.of("E16", "x"), true), Map.of(), errors, true);
    PageModel invitation =
        PageModel.of(locale, "survey.invite.title")
            .with("submissionId", "u")
            .with("anonymous", false);
    SurveyPages.describe(invitation, form("open", Map.of(), false), null, errors);
    PageModel closed = PageModel.of(locale, "survey.learner.title").session("t", "c", "learner");
    SurveyPages.learnerModel(closed, form("closed", Map.of(), false), null, Map.of(), false);

    for (String html :
        List.of(
            VIEWS.render("survey/round", locale, learner.asMap()),
            VIEWS.render("survey/invitation", locale, invitation.asMap()),
            VIEWS.render("survey/thanks", locale, invitation.asMap()),
            VIEWS.render("survey/round", locale, closed.asMap()),
            VIEWS.render(
                "survey/unavailable",
                locale,
                PageModel.of(locale, "survey.invite.unavailable.title")
                    .with("status", 410)
                    .with("reasonKey", "survey.invite.unavailable.used-up")
                    .asMap()))) {
      assertThat(html).doesNotContain("??").contains("<html lang=\"" + language + "\"");
    }
  }

  @Test
  void theInvitationFormCarriesItsSubmissionIdAndThePairingCodeUnlessAnonymous() {
    Locale ru = Locale.forLanguageTag("ru");
    PageModel page =
        PageModel.of(ru, "survey.invite.title")
            .with("submissionId", "0f8fad5b-d9cb-469f-a165-70867728950e")
            .with("anonymous", false)
            .with("formAction", "/survey/i/tok");
    SurveyPages.describe(page, form("open", Map.of(), false), null, Map.of());

    String html = flat(VIEWS.render("survey/invitation", ru, page.asMap()));
    String anonymous =
        flat(VIEWS.render("survey/invitation", ru, page.with("anonymous", true).asMap()));

    assertThat(html)
        .contains(
            "name=\"submissionId\" value=\"0f8fad5b-d9cb-469f-a165-70867728950e\"",
            "id=\"pairCode\" name=\"pairCode\"",
            "Код для связи ответов (необязательно)")
        .doesNotContain("name=\"kt\"", "name=\"csrf\"", "name=\"group\"");
    assertThat(anonymous).doesNotContain("pairCode");
  }
}
