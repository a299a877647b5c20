package it.kenes.crowdsourcing;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ideas from feedback over HTTP (docs/crowdsourcing.md, "Ideas from feedback"): an open answer of
 * module feedback that an instructor marked as an idea is turned into a campaign's proposal by an
 * organiser, once, keeping where it came from; answers not marked, other programs' answers and
 * callers who are not organisers are refused.
 */
class IdeaProposalIT {

  private final RespondentFixture fixture = awaitReady();
  private final AdminApi admin = AdminApi.asAdmin();
  private final TestPlatform platform;
  private final String courseId = "course-" + Unique.suffix();
  private final long programId;
  private final long moduleId;
  private final AdminApi instructor;

  IdeaProposalIT() {
    programId = fixture.program("ENG-101");
    platform = TestPlatform.registerFor(fixture.universityOf(programId));
    String teacher = launch(LtiRoles.INSTRUCTOR);
    instructor = AdminApi.withAuthorization("Bearer " + teacher);
    fixture.deliver(Http.contextRef(teacher), programId, "ENG-101");
    moduleId =
        learner()
            .send("GET", "/api/module-feedback/modules", null)
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("moduleId")
            .longValue();
  }

  private static RespondentFixture awaitReady() {
    it.kenes.support.Kenes.awaitReady();
    return new RespondentFixture();
  }

  @AfterEach
  void close() {
    platform.close();
  }

  @Test
  void anOrganiserTurnsAMarkedIdeaIntoAProposalOnceKeepingItsOrigin() {
    rate("More LABS, 100% practice\nand field days");
    for (int i = 0; i < 4; i++) {
      rate("Nothing to add " + i); // five learners: the report shows a group's answers from five
    }
    JsonObject idea = answer("LABS");
    JsonObject plain = answer("Nothing+to+add+0");
    HttpAnswer marked =
        instructor.send("POST", moderation(idea), JsonText.of(Map.of("action", "mark-idea")));
    assertThat(marked.status()).as("%s", marked).isEqualTo(200);
    long campaign = openCampaign(programId);

    Map<String, Object> body = turn(idea);
    assertProblem(instructor.send("POST", ideas(campaign), JsonText.of(body)), 403, "forbidden");
    HttpAnswer turned = admin.send("POST", ideas(campaign), JsonText.of(body));
    assertThat(turned.status()).as("%s", turned).isEqualTo(201);
    JsonObject proposal = turned.json().getJsonObject("proposal");
    assertThat(proposal.getString("title")).isEqualTo("More LABS, 100% practice");
    assertThat(proposal.getString("text")).isEqualTo("More LABS, 100% practice\nand field days");
    assertThat(proposal.getString("group")).isEqualTo("learner");
    assertThat(proposal.getString("kind")).isEqualTo("new_competency");
    assertThat(proposal.getJsonArray("moduleIds").getJsonNumber(0).longValue()).isEqualTo(moduleId);
    JsonObject origin = turned.json().getJsonObject("origin");
    assertThat(origin.getString("source")).isEqualTo("module-answer");
    assertThat(origin.getJsonNumber("ratingId").longValue())
        .isEqualTo(idea.getJsonNumber("ratingId").longValue());

    long proposalId = proposal.getJsonNumber("id").longValue();
    HttpAnswer read = admin.send("GET", "/api/proposals/" + proposalId + "/origin", null);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().getJsonNumber("moduleId").longValue()).isEqualTo(moduleId);

    assertProblem(admin.send("POST", ideas(campaign), JsonText.of(body)), 409, "idea-taken");
    assertProblem(
        admin.send("POST", ideas(campaign), JsonText.of(turn(plain))), 404, "idea-not-found");
    long elsewhere = openCampaign(fixture.program("MTH-101"));
    assertProblem(admin.send("POST", ideas(elsewhere), JsonText.of(body)), 404, "idea-not-found");
  }

  private String launch(String role) {
    String subject = role.hashCode() + "-" + Unique.suffix();
    return platform
        .launchIntoCourse(
            role,
            courseId,
            t ->
                t.with(LtiClaims.SUB, subject)
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "l-" + subject, "title", "W1")))
        .sessionToken();
  }

  private AdminApi learner() {
    return AdminApi.withAuthorization("Bearer " + launch(LtiRoles.LEARNER));
  }

  private void rate(String text) {
    HttpAnswer rated =
        learner()
            .send(
                "POST",
                "/api/module-feedback/modules/" + moduleId + "/rating",
                JsonText.of(
                    Map.of(
                        "answers", Map.of("M01", 2, "M02", 2, "M03", 2, "M04", 2, "M05", text))));
    assertThat(rated.status()).as("%s", rated).isEqualTo(201);
  }

  private JsonObject answer(String containing) {
    HttpAnswer report =
        instructor.send(
            "GET", "/api/module-feedback/report/" + moduleId + "?q=" + containing, null);
    assertThat(report.status()).as("%s", report).isEqualTo(200);
    JsonArray answers = report.json().getJsonArray("openAnswers");
    assertThat(answers).as("%s", report).isNotEmpty();
    return answers.getJsonObject(0);
  }

  private String moderation(JsonObject answer) {
    return "/api/module-feedback/report/"
        + moduleId
        + "/answers/"
        + answer.getJsonNumber("ratingId").longValue()
        + "/"
        + answer.getJsonNumber("itemId").longValue()
        + "/moderation";
  }

  private static Map<String, Object> turn(JsonObject answer) {
    return Map.of(
        "ratingId", answer.getJsonNumber("ratingId").longValue(),
        "itemId", answer.getJsonNumber("itemId").longValue());
  }

  private static String ideas(long campaign) {
    return "/api/campaigns/" + campaign + "/ideas";
  }

  private long openCampaign(long program) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", program);
    body.put("title", "Ideas " + Unique.suffix());
    body.put("task", "Which competencies should the program form?");
    body.put("groups", List.of("learner"));
    body.put("governance", "hierarchical");
    body.put("votesPerParticipant", 1);
    HttpAnswer opened = admin.send("POST", "/api/campaigns", JsonText.of(body));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    HttpAnswer moved =
        admin.send(
            "POST", "/api/campaigns/" + id + "/stage", JsonText.of(Map.of("stage", "collection")));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    return id;
  }
}
