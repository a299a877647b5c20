package it.kenes.survey.staff;

import static it.kenes.survey.staff.StaffWorld.page;
import static it.kenes.survey.staff.StaffWorld.post;
import static it.kenes.survey.staff.StaffWorld.postRaw;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.Unique;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The staff's survey pages over HTTP: who may open them, and their survey and round forms. */
class SurveyStaffPagesIT {

  private final StaffWorld world = new StaffWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void anAdministratorSeesTheSurveysAndASurveysRoundsWithTheirCounts() {
    String title = "Satisfaction " + Unique.suffix();
    long id = world.surveyWithOpenRound(title, "Before the revision");
    String kt = world.admin();

    HttpAnswer list = page("/app/surveys", kt);
    HttpAnswer survey = page("/app/surveys/" + id, kt);

    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.body()).contains(title, "/app/surveys/" + id + "?kt=", "name=\"csrf\"");
    assertThat(survey.status()).as("%s", survey).isEqualTo(200);
    assertThat(survey.body())
        .contains(title, "Before the revision", "status--open", "<th scope=\"col\"")
        .contains("<th scope=\"row\">Employers</th>", "Submitted", "Drafts")
        .contains("/app/surveys/" + id + "/report?kt=")
        .contains("/api/surveys/" + id + "/export/responses.csv?kt=")
        .contains("/api/surveys/" + id + "/export/codebook.csv?kt=")
        .contains("/api/surveys/" + id + "/export/responses.sps?kt=")
        .contains("UTC");
  }

  @Test
  void learnersAreRefusedWithA403Page() {
    String kt = world.launch(LtiRoles.LEARNER, "course-" + Unique.suffix());

    HttpAnswer list = page("/app/surveys", kt);

    assertThat(list.status()).as("%s", list).isEqualTo(403);
    assertThat(list.mediaType()).isEqualTo("text/html");
  }

  @Test
  void anInstructorSeesOnlySurveysOfProgramsTheirCourseDelivers() {
    long id = world.surveyWithOpenRound("Delivered " + Unique.suffix(), "Baseline");
    String outsider = world.launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix());
    String insider = world.deliveringInstructor();

    assertThat(page("/app/surveys/" + id, outsider).status()).isEqualTo(403);
    assertThat(page("/app/surveys", outsider).body()).doesNotContain("/app/surveys/" + id + "?");
    assertThat(page("/app/surveys/" + id, insider).status()).isEqualTo(200);
    assertThat(page("/app/surveys", insider).body()).contains("/app/surveys/" + id + "?");
  }

  @Test
  void aSurveyCreatedWithTheFormIsShownAfterTheRedirect() {
    String kt = world.deliveringInstructor();
    HttpAnswer form = page("/app/surveys", kt);
    assertThat(form.body()).contains("value=\"" + world.programId + "\"");
    String title = "Made with the form " + Unique.suffix();

    HttpAnswer created =
        post(
            "/app/surveys",
            kt,
            form,
            Map.of(
                "title",
                title,
                "instrumentId",
                String.valueOf(world.instrumentId),
                "programId",
                String.valueOf(world.programId),
                "moduleId",
                ""));

    assertThat(created.status()).as("%s", created).isEqualTo(303);
    String location = created.location().orElseThrow().toString();
    assertThat(location).contains("/app/surveys/").contains("done=created");
    java.net.URI target = created.location().orElseThrow();
    HttpAnswer shown =
        it.kenes.support.Http.get(
            target.getRawPath() + "?" + target.getRawQuery(),
            "Accept",
            "text/html",
            "Accept-Language",
            "en");
    assertThat(shown.status()).as("%s", shown).isEqualTo(200);
    assertThat(shown.body()).contains(title, "The survey is created");
  }

  @Test
  void anAdministratorFindsTheProgramToSurveyAndARefusedFormKeepsIt() {
    String code = "STP" + Unique.suffix().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
    long found =
        Programs.aProgram()
            .code(code)
            .name("Steppe")
            .withModules("STP-101")
            .createIn(world.admin, world.universityId)
            .programId();
    long elsewhere =
        Programs.aProgram()
            .code(code)
            .name("Steppe elsewhere")
            .withModules("STP-101")
            .create(world.admin)
            .programId();
    String kt = world.admin();

    HttpAnswer searched = page("/app/surveys?programs=" + code.toLowerCase(), kt);
    HttpAnswer none = page("/app/surveys?programs=%25_%25", kt);
    HttpAnswer refused =
        post(
            "/app/surveys",
            kt,
            searched,
            Map.of("title", "", "programId", String.valueOf(found), "programs", "no such " + code));

    assertThat(searched.body())
        .contains("id=\"find-program\"")
        .containsPattern(
            "<option value=\"" + found + "\">" + code + " — Steppe \\(Test University\\)")
        .contains("Module STP-101")
        .doesNotContain("value=\"" + world.programId + "\"")
        .doesNotContain("value=\"" + elsewhere + "\"");
    assertThat(none.body()).contains("No program matches \u201c%_%\u201d");
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .containsPattern("<option value=\"" + found + "\"\\s+selected=\"selected\"")
        .contains("value=\"no such " + code + "\"");
  }

  @Test
  void anInstructorIsOfferedTheDeliveredProgramsWithoutASearch() {
    String kt = world.deliveringInstructor();

    String form = page("/app/surveys?programs=zzz", kt).body();

    assertThat(form)
        .contains("value=\"" + world.programId + "\"")
        .doesNotContain("id=\"find-program\"");
  }

  @Test
  void aRefusedSurveyFormComesBackWithItsInputAndFieldsMarked() {
    String kt = world.admin();
    HttpAnswer form = page("/app/surveys", kt);
    String title = "Kept " + Unique.suffix();

    HttpAnswer refused = post("/app/surveys", kt, form, Map.of("title", title, "programId", ""));

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .contains("value=\"" + title + "\"", "data-error-summary", "aria-invalid=\"true\"")
        .contains("Choose an instrument.", "Choose a program.");
  }

  @Test
  void badRoundDatesAre400WithTheFieldMarkedAndNothingStored() {
    long id = world.survey("No rounds " + Unique.suffix());
    String kt = world.admin();
    HttpAnswer form = page("/app/surveys/" + id, kt);

    HttpAnswer backwards =
        post(
            "/app/surveys/" + id + "/rounds",
            kt,
            form,
            Map.of(
                "kind", "baseline",
                "label", "Backwards",
                "opensAt", "2030-05-01T09:00",
                "closesAt", "2030-04-01T09:00"));
    HttpAnswer notADate =
        post(
            "/app/surveys/" + id + "/rounds",
            kt,
            form,
            Map.of("kind", "baseline", "label", "Typo", "closesAt", "next week"));

    assertThat(backwards.status()).as("%s", backwards).isEqualTo(400);
    assertThat(backwards.body())
        .containsPattern("id=\"round-closesAt\"[^>]*aria-invalid=\"true\"")
        .contains("value=\"Backwards\"", "value=\"2030-05-01T09:00\"")
        .contains("Enter a closing date and time later than the opening.");
    assertThat(notADate.status()).as("%s", notADate).isEqualTo(400);
    assertThat(notADate.body()).contains("Enter a date and time, such as");
    assertThat(world.surveyJson(id).getJsonArray("rounds")).isEmpty();
  }

  @Test
  void aRoundAddedWithTheFormOpensAtTheTypedUtcTime() {
    long id = world.survey("One round " + Unique.suffix());
    String kt = world.admin();
    HttpAnswer form = page("/app/surveys/" + id, kt);
    LocalDateTime closes =
        LocalDateTime.ofInstant(Instant.now().plus(10, ChronoUnit.DAYS), ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MINUTES);

    HttpAnswer added =
        post(
            "/app/surveys/" + id + "/rounds",
            kt,
            form,
            Map.of("kind", "follow_up", "label", "After", "closesAt", closes.toString()));

    assertThat(added.status()).as("%s", added).isEqualTo(303);
    var round = world.surveyJson(id).getJsonArray("rounds").getJsonObject(0);
    assertThat(round.getString("kind")).isEqualTo("follow_up");
    assertThat(Instant.parse(round.getString("closesAt")))
        .isEqualTo(closes.toInstant(ZoneOffset.UTC));
  }

  @Test
  void formsWithoutTheirCsrfTokenAreRefused() {
    long id = world.survey("Guarded " + Unique.suffix());
    String kt = world.admin();
    Map<String, String> round =
        Map.of("kt", kt, "kind", "baseline", "label", "Nope", "closesAt", "2031-01-01T00:00");

    HttpAnswer missing = postRaw("/app/surveys/" + id + "/rounds", round);
    Map<String, String> wrong = new java.util.HashMap<>(round);
    wrong.put("csrf", "not-the-token");
    HttpAnswer forged = postRaw("/app/surveys/" + id + "/rounds", wrong);

    assertThat(missing.status()).as("%s", missing).isEqualTo(403);
    assertThat(forged.status()).as("%s", forged).isEqualTo(403);
    assertThat(world.surveyJson(id).getJsonArray("rounds")).isEmpty();
  }

  @Test
  void closingAndReopeningARoundWithTheFormsChangesItsStatus() {
    long id = world.surveyWithOpenRound("Close me " + Unique.suffix(), "Baseline");
    long roundId = world.firstRoundId(id);
    String kt = world.admin();
    String roundPath = "/app/surveys/" + id + "/rounds/" + roundId;

    HttpAnswer confirm = page(roundPath + "/close", kt);
    assertThat(confirm.status()).as("%s", confirm).isEqualTo(200);
    assertThat(confirm.body()).contains("Close the round?", "action=\"" + roundPath + "/close\"");
    HttpAnswer closed = post(roundPath + "/close", kt, confirm, Map.of());
    assertThat(closed.status()).as("%s", closed).isEqualTo(303);
    assertThat(status(id)).isEqualTo("closed");
    HttpAnswer survey = page("/app/surveys/" + id, kt);
    assertThat(survey.body()).contains("status--closed", "action=\"" + roundPath + "/reopen\"");

    HttpAnswer reopened = post(roundPath + "/reopen", kt, survey, Map.of("closesAt", ""));

    assertThat(reopened.status()).as("%s", reopened).isEqualTo(303);
    assertThat(status(id)).isEqualTo("open");
    assertThat(page("/app/surveys/" + id + "?done=reopened", kt).body())
        .contains("The round is open again.", "status--open");
  }

  @Test
  void reopeningWithAPastDateIsRefusedOnTheSurveyPage() {
    long id = world.surveyWithOpenRound("Past " + Unique.suffix(), "Baseline");
    long roundId = world.firstRoundId(id);
    String kt = world.admin();
    String roundPath = "/app/surveys/" + id + "/rounds/" + roundId;
    post(roundPath + "/close", kt, page(roundPath + "/close", kt), Map.of());

    HttpAnswer refused =
        post(
            roundPath + "/reopen",
            kt,
            page("/app/surveys/" + id, kt),
            Map.of("closesAt", "2020-01-01T00:00"));

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .containsPattern("id=\"reopen-" + roundId + "-closesAt\"[^>]*aria-invalid=\"true\"");
    assertThat(status(id)).isEqualTo("closed");
  }

  private String status(long surveyId) {
    return world.surveyJson(surveyId).getJsonArray("rounds").getJsonObject(0).getString("status");
  }
}
