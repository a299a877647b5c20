package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static it.kenes.crowdsourcing.PageVisitor.enc;
import static it.kenes.crowdsourcing.PageVisitor.followed;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.util.List;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding the people of a campaign's courses by name (docs/crowdsourcing.md, "Pages", the members
 * page, and "API"): case and accents ignored, the names of launches (full name, else given and
 * family name), only people who launched from a course that delivers the campaign's program, paged,
 * for the campaign's organisers only; LIKE's wildcards and quotes are taken literally; the page
 * gives a role to someone found.
 */
class CampaignPeopleSearchIT {

  private final CampaignWorld world = new CampaignWorld();
  private final String tag = Unique.suffix().replaceAll("[^A-Za-z0-9]", "");
  private String aselName;
  private String petrName;

  @AfterEach
  void close() {
    world.close();
  }

  /**
   * Three more people of the campaign's course and one of another course, named by {@link #tag}.
   */
  private void peopleWithAccents() {
    aselName = "Ásel Ömirzaqova " + tag;
    petrName = "Пётр Йылдызов " + tag;
    world.launch(LtiRoles.LEARNER, world.course, aselName);
    world.launch(LtiRoles.INSTRUCTOR, world.course, petrName);
    world.platform.launchIntoCourse(
        LtiRoles.LEARNER,
        world.course,
        t ->
            t.without(LtiClaims.NAME)
                .with(LtiClaims.GIVEN_NAME, "Zhanar")
                .with(LtiClaims.FAMILY_NAME, "Ospan" + tag));
    world.launch(LtiRoles.LEARNER, "elsewhere-" + tag, "Asel Outsider " + tag);
  }

  private HttpAnswer search(AdminApi who, long campaign, String query) {
    return who.send("GET", "/api/campaigns/" + campaign + "/course-people?" + query, null);
  }

  private static List<String> names(HttpAnswer answer) {
    return answer.json().getJsonArray("items").stream()
        .map(v -> ((JsonObject) v).getString("name"))
        .toList();
  }

  @Test
  void findsTheCampaignsCoursePeopleByNameIgnoringCaseAndAccents() {
    peopleWithAccents();
    long campaign = world.openCampaign("democratic");
    AdminApi admin = world.admin;

    HttpAnswer asel = ok(search(admin, campaign, "name=" + enc("ASEL ömir")), 200);
    assertThat(names(asel)).containsExactly(aselName);
    JsonObject found = asel.json().getJsonArray("items").getJsonObject(0);
    assertThat(found.getString("memberKey")).isEqualTo("lti:" + found.getJsonNumber("userRef"));
    assertThat(names(ok(search(admin, campaign, "name=" + enc("ПЕТР ЙЫЛ")), 200)))
        .containsExactly(petrName);
    assertThat(names(ok(search(admin, campaign, "name=" + enc("zhanar ospan" + tag)), 200)))
        .containsExactly("Zhanar Ospan" + tag);

    // only the campaign's courses: the namesake of another course is not found
    HttpAnswer byTag = ok(search(admin, campaign, "name=" + enc(tag)), 200);
    assertThat(byTag.json().getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(names(byTag)).doesNotContain("Asel Outsider " + tag);

    // paged, by name
    HttpAnswer first = ok(search(admin, campaign, "name=" + enc(tag) + "&limit=2"), 200);
    HttpAnswer rest = ok(search(admin, campaign, "name=" + enc(tag) + "&limit=2&offset=2"), 200);
    assertThat(names(first)).hasSize(2);
    assertThat(names(rest)).hasSize(1);
    assertThat(first.json().getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(java.util.stream.Stream.concat(names(first).stream(), names(rest).stream()))
        .containsExactlyInAnyOrder(aselName, petrName, "Zhanar Ospan" + tag);

    // wildcards and quotes are text
    assertThat(ok(search(admin, campaign, "name=" + enc("%%")), 200).json().getInt("total"))
        .isZero();
    assertThat(ok(search(admin, campaign, "name=" + enc("__")), 200).json().getInt("total"))
        .isZero();
    assertThat(
            ok(search(admin, campaign, "name=" + enc("' or 1=1 --")), 200).json().getInt("total"))
        .isZero();
  }

  @Test
  void refusesBadSearchesAndEveryoneButTheOrganisers() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    String query = "name=" + enc("Learner");
    assertProblem(search(world.admin, campaign, "name=a"), 400, "invalid-input");
    assertProblem(search(world.admin, campaign, "name=" + enc("  ")), 400, "invalid-input");
    assertProblem(search(world.admin, campaign, ""), 400, "invalid-input");
    assertProblem(search(world.admin, campaign, query + "&limit=0"), 400, "invalid-input");
    assertProblem(
        search(world.admin, campaign, "name=" + enc("x".repeat(201))), 400, "invalid-input");
    assertThat(search(world.admin, 999_999_999L, query).status()).isEqualTo(404);

    assertThat(search(world.learner1, campaign, query).status()).isEqualTo(403);
    assertThat(search(world.instructor, campaign, query).status()).isEqualTo(403);
    assertThat(search(world.outsider, campaign, query).status()).isEqualTo(403);
    ok(
        world.admin.send(
            "PUT",
            "/api/campaigns/" + campaign + "/members",
            it.kenes.support.JsonText.of(
                java.util.Map.of(
                    "userRef", world.expertUserId, "role", "expert", "group", "staff"))),
        200);
    assertThat(search(world.expert, campaign, query).status()).isEqualTo(403);
    assertThat(
            Http.get("/api/campaigns/" + campaign + "/course-people?" + query, "Accept", "*/*")
                .status())
        .isEqualTo(401);

    // the institution's administrator of the course is an organiser and finds both learners
    HttpAnswer learners = ok(search(world.admin, campaign, query), 200);
    assertThat(names(learners)).contains(world.learner1Name, world.learner2Name);
    assertThat(
            PageVisitor.of(world.learner1Session)
                .get("/app/campaigns/" + campaign + "/members?find=Learner")
                .status())
        .isEqualTo(403);
  }

  @Test
  void theOrganiserFindsSomeoneOnTheMembersPageAndGivesThemARole() {
    peopleWithAccents();
    long campaign = world.openCampaign("democratic");
    String members = "/app/campaigns/" + campaign + "/members";
    PageVisitor organiser = PageVisitor.of(world.adminSession);

    String page = organiser.get(members + "?find=" + enc("asel OMIR")).body();
    assertThat(page)
        .contains("Ásel Ömirzaqova " + tag, "Give Ásel Ömirzaqova " + tag + " the role")
        .contains("People whose name has “asel OMIR”: 1–1 of 1")
        .doesNotContain("Asel Outsider");
    assertThat(organiser.get(members + "?find=" + enc("ПЁТР"), "ru").body())
        .contains(petrName, "Найти людей");
    assertThat(organiser.get(members + "?find=" + enc("nobody" + tag)).body())
        .contains("courses has a name with “nobody" + tag + "”.");
    HttpAnswer tooShort = organiser.get(members + "?find=x");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.body())
        .contains("Write at least 2 letters of the name", "aria-invalid=\"true\"", "value=\"x\"");

    // paged 20 at a time: the third page link of 3 people does not exist, the first has no previous
    assertThat(page).doesNotContain("Next people", "Previous people");

    java.util.regex.Matcher ref =
        java.util.regex.Pattern.compile("name=\"userRef\" value=\"(\\d+)\"").matcher(page);
    assertThat(ref.find()).isTrue();
    String given =
        followed(
            organiser.post(
                members,
                members + "/user",
                "userRef",
                ref.group(1),
                "role",
                "expert",
                "group",
                "employer"));
    assertThat(given).contains("The role was given", "Ásel Ömirzaqova " + tag);
  }
}
