package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ideas in survey rounds' open answers over HTTP (docs/surveys.md, "Ideas"; docs/crowdsourcing.md,
 * "Ideas from feedback"): the survey's staff mark an open answer as an idea (a learner cannot), an
 * organiser of a campaign on the program lists it and turns it into a proposal once, by API and on
 * the ideas page, and the proposal shows where it came from; a campaign on another program cannot
 * pick it.
 */
class SurveyIdeaProposalIT {

  private final SurveyFixture world = new SurveyFixture().withSurvey();
  private final long round = world.openRound("baseline");
  private final AdminApi instructor = world.as(LtiRoles.INSTRUCTOR, world.courseId);
  private final AdminApi learner = world.learner();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void staffMarkAnIdeaAndAnOrganiserTurnsItIntoAProposalKeepingItsOrigin() {
    String drones = "Drone mapping of fields " + Unique.suffix();
    String soils = "Soil sensors practice " + Unique.suffix();
    answer(learner, drones);
    answer(world.learner(), soils);
    JsonObject droneAnswer = openAnswer(drones);
    JsonObject soilAnswer = openAnswer(soils);
    assertThat(droneAnswer.getBoolean("idea")).isFalse();

    assertProblem(learner.send("PUT", idea(droneAnswer), mark(true)), 403, "forbidden");
    assertProblem(learner.send("GET", answers(), null), 403, "forbidden");
    assertThat(instructor.send("PUT", idea(droneAnswer), mark(true)).status()).isEqualTo(204);
    assertThat(openAnswer(drones).getBoolean("idea")).isTrue();
    assertProblem(
        instructor.send(
            "PUT",
            "/api/rounds/" + round + "/open-answers/" + Long.MAX_VALUE + "/1/idea",
            mark(true)),
        404,
        "survey-answer-not-found");
    assertProblem(instructor.send("PUT", idea(droneAnswer), "{}"), 400, "invalid-input");

    // the instructor's page lists the round's open answers and marks the other one
    String kt = Http.pageReference(instructorSession);
    String page = "/app/surveys/" + world.surveyId + "/rounds/" + round + "/open-answers";
    HttpAnswer listed = ok(Http.get(page + "?kt=" + enc(kt), "Accept", "text/html"), 200);
    assertThat(listed.body()).contains(drones).contains(soils).contains("data-idea");
    HttpAnswer marked =
        form(
            page + "/" + id(soilAnswer, "responseId") + "/" + id(soilAnswer, "itemId"),
            "kt",
            kt,
            "csrf",
            csrf(listed.body()),
            "action",
            "mark");
    assertThat(marked.status()).as("%s", marked).isEqualTo(303);
    assertThat(openAnswer(soils).getBoolean("idea")).isTrue();
    assertThat(
            form(page + "/" + id(soilAnswer, "responseId") + "/1", "kt", kt, "csrf", "wrong")
                .status())
        .isEqualTo(403);

    AdminApi admin = world.admin;
    long campaign = openCampaign(world.programId);
    assertProblem(instructor.send("GET", ideas(campaign), null), 403, "forbidden");
    List<JsonObject> ideas =
        admin.send("GET", ideas(campaign), null).jsonArray().getValuesAs(JsonValue::asJsonObject);
    assertThat(ideas)
        .anySatisfy(
            i -> {
              assertThat(i.getString("source")).isEqualTo("survey-answer");
              assertThat(i.getString("text")).isEqualTo(drones);
              assertThat(i.getString("surveyTitle")).isEqualTo("IT survey");
              assertThat(i.containsKey("proposalId")).isFalse();
            });

    Map<String, Object> body =
        Map.of(
            "source",
            "survey-answer",
            "responseId",
            id(droneAnswer, "responseId"),
            "itemId",
            id(droneAnswer, "itemId"));
    assertProblem(instructor.send("POST", ideas(campaign), JsonText.of(body)), 403, "forbidden");
    HttpAnswer turned = admin.send("POST", ideas(campaign), JsonText.of(body));
    assertThat(turned.status()).as("%s", turned).isEqualTo(201);
    JsonObject proposal = turned.json().getJsonObject("proposal");
    assertThat(proposal.getString("text")).isEqualTo(drones);
    assertThat(proposal.getString("group")).isEqualTo("learner");
    long proposalId = proposal.getJsonNumber("id").longValue();
    JsonObject origin =
        ok(admin.send("GET", "/api/proposals/" + proposalId + "/origin", null), 200).json();
    assertThat(origin.getString("source")).isEqualTo("survey-answer");
    assertThat(origin.getJsonNumber("ratingId").longValue())
        .isEqualTo(id(droneAnswer, "responseId"));
    assertProblem(admin.send("POST", ideas(campaign), JsonText.of(body)), 409, "idea-taken");
    assertThat(admin.send("GET", ideas(campaign), null).body())
        .contains("\"proposalId\":" + proposalId);

    // a campaign on another program cannot pick it
    long elsewhere = openCampaign(Programs.aProgram().withModules("X-1").create(admin).programId());
    assertProblem(admin.send("POST", ideas(elsewhere), JsonText.of(body)), 404, "idea-not-found");
    assertThat(admin.send("GET", ideas(elsewhere), null).body()).doesNotContain(drones);

    // the organisers' ideas page turns the other idea into a proposal that shows its origin
    String adminKt =
        Http.pageReference(
            world
                .platform
                .launchIntoCourse(LtiRoles.INSTITUTION_ADMINISTRATOR, world.courseId)
                .sessionToken());
    String ideasPage = "/app/campaign-desk/" + campaign + "/ideas";
    HttpAnswer desk = ok(Http.get(ideasPage + "?kt=" + enc(adminKt), "Accept", "text/html"), 200);
    assertThat(desk.body()).contains(soils).contains("Already a proposal of this campaign");
    HttpAnswer made =
        form(
            ideasPage,
            "kt",
            adminKt,
            "csrf",
            csrf(desk.body()),
            "source",
            "survey-answer",
            "answerId",
            String.valueOf(id(soilAnswer, "responseId")),
            "itemId",
            String.valueOf(id(soilAnswer, "itemId")),
            "kind",
            "new_course",
            "title",
            "Soil sensors");
    assertThat(made.status()).as("%s", made).isEqualTo(303);
    String location = made.location().orElseThrow().toString();
    assertThat(location).contains("/app/proposals/");
    HttpAnswer proposalPage =
        ok(
            Http.get(
                java.net.URI.create(
                    location.startsWith("http")
                        ? location
                        : it.kenes.support.Kenes.url(location).toString()),
                "Accept",
                "text/html"),
            200);
    assertThat(proposalPage.body())
        .contains("Soil sensors")
        .contains("data-origin=\"survey-answer\"");
  }

  private final String instructorSession =
      world.platform.launchIntoCourse(LtiRoles.INSTRUCTOR, world.courseId).sessionToken();

  private void answer(AdminApi who, String text) {
    Map<String, Object> answers = SurveyFixture.completeAnswers(2, 1, 2);
    answers.put("Q5", text);
    HttpAnswer submitted =
        who.send(
            "POST", "/api/rounds/" + round + "/response", JsonText.of(Map.of("answers", answers)));
    assertThat(submitted.status()).as("%s", submitted).isIn(200, 201);
  }

  private JsonObject openAnswer(String text) {
    HttpAnswer list = ok(instructor.send("GET", answers(), null), 200);
    return list.jsonArray().getValuesAs(JsonValue::asJsonObject).stream()
        .filter(a -> a.getString("text").equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open answer " + text + " in " + list));
  }

  private String answers() {
    return "/api/rounds/" + round + "/open-answers";
  }

  private String idea(JsonObject answer) {
    return answers() + "/" + id(answer, "responseId") + "/" + id(answer, "itemId") + "/idea";
  }

  private static long id(JsonObject o, String name) {
    return o.getJsonNumber(name).longValue();
  }

  private static String mark(boolean idea) {
    return JsonText.of(Map.of("idea", idea));
  }

  private static String ideas(long campaign) {
    return "/api/campaigns/" + campaign + "/ideas";
  }

  private long openCampaign(long program) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", program);
    body.put("title", "Survey ideas " + Unique.suffix());
    body.put("task", "Which competencies should the program form?");
    body.put("groups", List.of("learner"));
    body.put("governance", "hierarchical");
    body.put("votesPerParticipant", 1);
    HttpAnswer opened = world.admin.send("POST", "/api/campaigns", JsonText.of(body));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    ok(
        world.admin.send(
            "POST", "/api/campaigns/" + id + "/stage", JsonText.of(Map.of("stage", "collection"))),
        200);
    return id;
  }

  private static HttpAnswer ok(HttpAnswer answer, int status) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    return answer;
  }

  private static HttpAnswer form(String path, String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&")
          .append(enc(pairs[i]))
          .append('=')
          .append(enc(pairs[i + 1]));
    }
    return Http.post(
        path, "application/x-www-form-urlencoded", body.toString(), "Accept", "text/html");
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
