package it.kenes.crowdsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's world for the HTTP tests: a new university with program AGR (modules AGR-201,
 * AGR-202), a platform of that university, a course that delivers AGR-201 with two learners and an
 * instructor, an instructor of an unrelated course to become the expert, and a learner of that
 * unrelated course who takes no part. The two learners, the instructor and the expert launch with
 * names of their own ({@link #learner1Name}, …), unique per run.
 */
final class CampaignWorld implements AutoCloseable {

  final AdminApi admin = AdminApi.asAdmin();
  final Programs.Created program;
  final TestPlatform platform;
  final AdminApi learner1;
  final AdminApi learner2;
  final AdminApi instructor;
  final AdminApi expert;
  final AdminApi outsider;
  final long expertUserId;
  final long learner1UserId;
  final String learner1Session;
  final String learner2Session;
  final String instructorSession;
  final String expertSession;
  final String outsiderSession;
  final String adminSession;
  final String course;
  final String learner1Name;
  final String learner2Name;
  final String instructorName;
  final String expertName;

  CampaignWorld() {
    it.kenes.support.Kenes.awaitReady();
    program = Programs.aProgram().withModules("AGR-201", "AGR-202").create(admin);
    platform = TestPlatform.registerFor(program.universityId());
    String suffix = Unique.suffix();
    course = "course-" + suffix;
    learner1Name = "Aigerim Learner " + suffix;
    learner2Name = "Dias Learner " + suffix;
    instructorName = "Saule Teacher " + suffix;
    expertName = "Marat Expert " + suffix;
    String l1 = launch(LtiRoles.LEARNER, course, learner1Name);
    String l2 = launch(LtiRoles.LEARNER, course, learner2Name);
    String teacher = launch(LtiRoles.INSTRUCTOR, course, instructorName);
    Programs.deliver(admin, Http.contextRef(l1), program.programId(), "AGR-201");
    String other = "other-" + Unique.suffix();
    String expertSession = launch(LtiRoles.INSTRUCTOR, other, expertName);
    learner1Session = l1;
    learner2Session = l2;
    instructorSession = teacher;
    this.expertSession = expertSession;
    adminSession = launch(LtiRoles.INSTITUTION_ADMINISTRATOR, course);
    learner1 = api(l1);
    learner2 = api(l2);
    instructor = api(teacher);
    expert = api(expertSession);
    outsiderSession = launch(LtiRoles.LEARNER, other);
    outsider = api(outsiderSession);
    expertUserId = Http.me(expertSession).json().getJsonNumber("userId").longValue();
    learner1UserId = Http.me(l1).json().getJsonNumber("userId").longValue();
  }

  private String launch(String role, String course) {
    return platform.launchIntoCourse(role, course).sessionToken();
  }

  /** A launch whose id_token names the person {@code name}. */
  String launch(String role, String course, String name) {
    return platform
        .launchIntoCourse(role, course, t -> t.with(kz.kenes.lti.LtiClaims.NAME, name))
        .sessionToken();
  }

  private static AdminApi api(String session) {
    return AdminApi.withAuthorization("Bearer " + session);
  }

  /** A democratic campaign of the learner group: one vote each, minimum support 2. */
  long openCampaign(String governance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", program.programId());
    body.put("title", "Revise AGR " + Unique.suffix());
    body.put("task", "Which competencies should the agronomy program form?");
    body.put("keyQuestions", "What is missing?\nWhat is outdated?");
    body.put("groups", List.of("learner", "employer"));
    body.put("governance", governance);
    body.put("votesPerParticipant", 1);
    body.put("groupWeights", Map.of("employer", 2));
    body.put("minimumSupport", 2);
    HttpAnswer opened = admin.send("POST", "/api/campaigns", JsonText.of(body));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    return opened.json().getJsonNumber("id").longValue();
  }

  void moveTo(long campaignId, String stage) {
    HttpAnswer moved =
        admin.send(
            "POST", "/api/campaigns/" + campaignId + "/stage", JsonText.of(Map.of("stage", stage)));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    assertThat(moved.json().getString("stage")).isEqualTo(stage);
  }

  long propose(AdminApi who, long campaignId, String title, String text) {
    HttpAnswer answer =
        who.send(
            "POST",
            "/api/campaigns/" + campaignId + "/proposals",
            JsonText.of(
                Map.of(
                    "kind",
                    "new_competency",
                    "title",
                    title,
                    "text",
                    text,
                    "rationale",
                    "Employers ask for it")));
    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  static HttpAnswer ok(HttpAnswer answer, int status) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    return answer;
  }

  JsonObject proposal(AdminApi who, long id) {
    return ok(who.send("GET", "/api/proposals/" + id, null), 200).json();
  }

  @Override
  public void close() {
    platform.close();
  }
}
