package it.kenes.survey.staff;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static it.kenes.survey.staff.StaffWorld.page;
import static it.kenes.survey.staff.StaffWorld.post;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.HttpAnswer;
import it.kenes.support.Unique;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A round's invitation links from the pages: made and shown once, listed without it, revoked. */
class InvitationStaffPagesIT {

  private static final Pattern LINK = Pattern.compile("/survey/i/([A-Za-z0-9_-]{43})");
  private static final Pattern FORM_ID =
      Pattern.compile("name=\"formId\" value=\"([0-9a-f-]{36})\"");

  private final StaffWorld world = new StaffWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aNewLinkIsShownOnceAndNeverListed() {
    long id = world.surveyWithOpenRound("Invite " + Unique.suffix(), "Baseline");
    String roundPath = "/app/surveys/" + id + "/rounds/" + world.firstRoundId(id);
    String kt = world.admin();
    HttpAnswer round = page(roundPath, kt);
    assertThat(round.status()).as("%s", round).isEqualTo(200);

    HttpAnswer created =
        post(
            roundPath + "/invitations",
            kt,
            round,
            Map.of("group", "employer", "uses", "many", "maxUses", "40", "label", "Mailing"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.body())
        .contains("it will not be shown again", "data-copy-label", "Employers");
    Matcher link = LINK.matcher(created.body());
    assertThat(link.find()).as("the link in %s", created).isTrue();
    String token = link.group(1);
    HttpAnswer listed = page(roundPath, kt);
    assertThat(listed.body()).contains("Mailing", "0 / 40", "status--active").doesNotContain(token);
    assertThat(listed.body()).doesNotContainPattern(LINK.pattern());
    String api =
        world
            .admin
            .send(
                "GET",
                "/api/surveys/" + id + "/rounds/" + world.firstRoundId(id) + "/invitations",
                null)
            .body();
    assertThat(api).doesNotContain(token);
  }

  @Test
  void theSameFormSentAgainMakesNoSecondLinkAndSaysWhy() {
    long id = world.surveyWithOpenRound("Resent " + Unique.suffix(), "Baseline");
    long roundId = world.firstRoundId(id);
    String roundPath = "/app/surveys/" + id + "/rounds/" + roundId;
    String kt = world.admin();
    HttpAnswer round = page(roundPath, kt);
    String formId = formId(round);
    assertThat(formId(page(roundPath, kt)))
        .as("each page draws its own form id")
        .isNotEqualTo(formId);
    Map<String, String> fields =
        Map.of("group", "employer", "uses", "single", "label", "Once", "formId", formId);

    HttpAnswer first = post(roundPath + "/invitations", kt, round, fields);
    HttpAnswer again = post(roundPath + "/invitations", kt, round, fields);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(again.status()).as("%s", again).isEqualTo(409);
    assertThat(again.body())
        .contains("This form was already sent and its link made")
        .doesNotContainPattern(LINK.pattern());
    assertThat(formId(again)).as("a fresh form on the answer").isNotEqualTo(formId);
    String listed =
        world
            .admin
            .send("GET", "/api/surveys/" + id + "/rounds/" + roundId + "/invitations", null)
            .body();
    assertThat(jakarta.json.Json.createReader(new java.io.StringReader(listed)).readArray())
        .hasSize(1);

    HttpAnswer otherForm =
        post(
            roundPath + "/invitations",
            kt,
            again,
            Map.of("group", "employer", "uses", "single", "formId", formId(again)));
    assertThat(otherForm.status()).as("%s", otherForm).isEqualTo(201);
  }

  @Test
  void aClosedRoundTakesNoNewLinkFromThePageOrTheApi() {
    long id = world.surveyWithOpenRound("Closed " + Unique.suffix(), "Baseline");
    long roundId = world.firstRoundId(id);
    String roundPath = "/app/surveys/" + id + "/rounds/" + roundId;
    String apiPath = "/api/surveys/" + id + "/rounds/" + roundId;
    String kt = world.admin();
    HttpAnswer openPage = page(roundPath, kt);
    world.admin.send("POST", apiPath + "/close", null);

    HttpAnswer closedPage = page(roundPath, kt);
    HttpAnswer lateForm =
        post(
            roundPath + "/invitations",
            kt,
            openPage,
            Map.of("group", "employer", "uses", "single"));
    HttpAnswer api = world.admin.send("POST", apiPath + "/invitations", "{\"group\":\"employer\"}");

    assertThat(closedPage.body())
        .contains("The round is closed, so a new link could take no answer")
        .doesNotContain("name=\"formId\"");
    assertThat(lateForm.status()).as("%s", lateForm).isEqualTo(409);
    assertThat(lateForm.body())
        .contains("The round is closed, so a new link could take no answer")
        .doesNotContainPattern(LINK.pattern());
    assertProblem(api, 409, "round-closed");
    assertThat(world.admin.send("GET", apiPath + "/invitations", null).body()).isEqualTo("[]");
  }

  private static String formId(HttpAnswer page) {
    Matcher matcher = FORM_ID.matcher(page.body());
    assertThat(matcher.find()).as("a form id in %s", page).isTrue();
    return matcher.group(1);
  }

  @Test
  void aRefusedLinkFormComesBackWithTheFieldMarked() {
    long id = world.surveyWithOpenRound("Refused " + Unique.suffix(), "Baseline");
    String roundPath = "/app/surveys/" + id + "/rounds/" + world.firstRoundId(id);
    String kt = world.admin();

    HttpAnswer refused =
        post(
            roundPath + "/invitations",
            kt,
            page(roundPath, kt),
            Map.of("group", "", "uses", "many", "maxUses", "zero", "label", "Kept label"));

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .containsPattern("id=\"invite-maxUses\"[^>]*aria-invalid=\"true\"")
        .containsPattern(
            "id=\"invite-maxUses\"[^>]*aria-describedby=\"invite-maxUses-hint"
                + " invite-maxUses-error\"")
        .containsPattern("id=\"invite-group\"[^>]*aria-describedby=\"invite-group-hint\"")
        .contains("value=\"Kept label\"")
        .doesNotContainPattern(LINK.pattern());
  }

  @Test
  void aRevokedLinkIsListedAsRevoked() {
    long id = world.surveyWithOpenRound("Revoke " + Unique.suffix(), "Baseline");
    long roundId = world.firstRoundId(id);
    String roundPath = "/app/surveys/" + id + "/rounds/" + roundId;
    String kt = world.admin();
    post(
        roundPath + "/invitations",
        kt,
        page(roundPath, kt),
        Map.of("group", "graduate", "uses", "single"));
    String listed =
        world
            .admin
            .send("GET", "/api/surveys/" + id + "/rounds/" + roundId + "/invitations", null)
            .body();
    long invitationId =
        jakarta.json.Json.createReader(new java.io.StringReader(listed))
            .readArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String revokePath = roundPath + "/invitations/" + invitationId + "/revoke";

    HttpAnswer confirm = page(revokePath, kt);
    HttpAnswer revoked = post(revokePath, kt, confirm, Map.of());

    assertThat(confirm.body()).contains("Revoke the link?");
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(303);
    assertThat(page(roundPath, kt).body()).contains("status--revoked");
  }
}
