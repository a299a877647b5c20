package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static it.kenes.crowdsourcing.PageVisitor.followed;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * People on the campaign pages over HTTP (docs/crowdsourcing.md, "People on the pages" and
 * "Pages"): names instead of member keys (launch names, the name a guest gave, the guest label, the
 * neutral participant), escaped; the organisers' members page (give and take roles, audited; 403
 * for others); the moderator's edit page (a required reason, the edit in the history); and refused
 * forms shown again with the message next to them and the input kept, never the error page.
 */
class CampaignPeoplePagesIT {

  /** A member key as the pages must never show it. */
  private static final Pattern MEMBER_KEY = Pattern.compile("\\b(lti|inv):\\d+");

  private final CampaignWorld world = new CampaignWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void thePagesNameThePeopleNeverTheirKeys() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    long id = world.propose(world.learner1, campaign, "Drones", "Crop monitoring with drones");
    String suffix = Unique.suffix();
    String named = "<b>Dana</b> of AgroHolding " + suffix;
    PageVisitor guest = join(campaign, named, 1);
    PageVisitor anonymousGuest = join(campaign, "", 1);
    PageVisitor nameless =
        PageVisitor.of(
            world
                .platform
                .launchIntoCourse(
                    LtiRoles.LEARNER,
                    world.course,
                    t ->
                        t.without(LtiClaims.NAME)
                            .without(LtiClaims.GIVEN_NAME)
                            .without(LtiClaims.FAMILY_NAME))
                .sessionToken());
    String page = "/app/proposals/" + id;
    followed(guest.post(page, page + "/comments", "text", "Employers need it"));
    followed(anonymousGuest.post(page, page + "/comments", "text", "Graduates agree"));
    followed(nameless.post(page, page + "/comments", "text", "Me too"));

    String proposal = PageVisitor.of(world.learner2Session).get(page).body();
    assertThat(proposal)
        .contains(world.learner1Name)
        .contains("&lt;b&gt;Dana&lt;/b&gt; of AgroHolding " + suffix)
        .doesNotContain("<b>Dana</b>")
        .contains("Guest (Employers) #2")
        .contains("<strong>Participant</strong>")
        .doesNotContainPattern(MEMBER_KEY);
    assertThat(PageVisitor.of(world.learner2Session).get("/app/campaigns/" + campaign).body())
        .contains("by " + world.learner1Name + " (learner)")
        .doesNotContainPattern(MEMBER_KEY);
    String desk = PageVisitor.of(world.adminSession).get("/app/campaign-desk/" + campaign).body();
    assertThat(desk)
        .contains("by " + world.learner1Name)
        .contains("Operator (admin token)")
        .contains("Guest (Employers) #2")
        .doesNotContainPattern(MEMBER_KEY);
    assertThat(PageVisitor.of(world.learner2Session).get(page, "ru").body())
        .contains("Гость (Работодатели) #2", "Участник");
  }

  @Test
  void theOrganiserGivesAndTakesRolesOnTheMembersPage() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    world.propose(world.learner1, campaign, "Soil", "Soil sampling");
    PageVisitor guest = join(campaign, "Erlan " + Unique.suffix(), 0);
    String members = "/app/campaigns/" + campaign + "/members";
    PageVisitor admin = PageVisitor.of(world.adminSession);
    PageVisitor learner = PageVisitor.of(world.learner1Session);
    PageVisitor facilitator = PageVisitor.of(world.instructorSession);
    PageVisitor expert = PageVisitor.of(world.expertSession);

    assertThat(learner.get(members).status()).isEqualTo(403);
    assertThat(facilitator.get(members).status()).isEqualTo(403);
    assertThat(guest.get(members).status()).isEqualTo(403);
    assertThat(
            learner
                .post(
                    "/app/campaigns/" + campaign,
                    members + "/user",
                    "userRef",
                    String.valueOf(world.learner1UserId),
                    "role",
                    "facilitator",
                    "group",
                    "staff")
                .status())
        .isEqualTo(403);
    String listed = admin.get(members).body();
    assertThat(listed)
        .contains(world.learner1Name, "from their course", "Erlan ", "invited", "Employers");
    assertThat(admin.get("/app/campaign-desk/" + campaign).body()).contains(members);
    assertThat(admin.get(members, "kk").body()).contains("Мүшелер мен рөлдер");

    // give the expert role by user number: confirmed, audited, and the expert's page opens
    assertThat(expert.get("/app/campaign-reviews/" + campaign).status()).isEqualTo(403);
    String user = members + "/user";
    assertThat(
            admin
                .postWithoutCsrf(
                    user, "userRef", String.valueOf(world.expertUserId), "role", "expert")
                .status())
        .isEqualTo(403);
    String given =
        followed(
            admin.post(
                members,
                user,
                "userRef",
                String.valueOf(world.expertUserId),
                "role",
                "expert",
                "group",
                "employer"));
    assertThat(given).contains("The role was given", world.expertName);
    assertThat(expert.get("/app/campaign-reviews/" + campaign).status()).isEqualTo(200);
    assertThat(lastAudit(campaign).getString("action")).isEqualTo("role");
    assertThat(lastAudit(campaign).getString("detail"))
        .isEqualTo("lti:" + world.expertUserId + " expert employer");

    // take it back: audited, and the expert's page is closed again
    String taken =
        followed(admin.post(members, members + "/take", "member", "lti:" + world.expertUserId));
    assertThat(taken).contains("The role was taken back");
    assertThat(lastAudit(campaign).getString("action")).isEqualTo("role-taken");
    assertThat(expert.get("/app/campaign-reviews/" + campaign).status()).isEqualTo(403);

    // refused forms come back with their message and what was typed
    HttpAnswer notANumber =
        admin.post(members, user, "userRef", "twelve", "role", "expert", "group", "employer");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.body())
        .contains("Enter a Kenes user number", "value=\"twelve\"", "People of the campaign");
    HttpAnswer organiserRole =
        admin.post(
            members,
            user,
            "userRef",
            String.valueOf(world.expertUserId),
            "role",
            "organiser",
            "group",
            "staff");
    assertThat(organiserRole.status()).isEqualTo(400);
    assertThat(organiserRole.body()).contains("Choose facilitator, expert or participant.");
    String guestKey = guestKeyOf(listed);
    HttpAnswer guestTaken = admin.post(members, members + "/take", "member", guestKey);
    assertThat(guestTaken.status()).isEqualTo(409);
    assertThat(guestTaken.body()).contains("A guest&#39;s role is changed, not taken");
    String guestExpert =
        followed(
            admin.post(
                members,
                members + "/role",
                "member",
                guestKey,
                "role",
                "expert",
                "group",
                "employer"));
    assertThat(guestExpert).contains("The role was given");
    assertThat(guest.get("/app/campaign-reviews/" + campaign).status()).isEqualTo(200);
  }

  @Test
  void aModeratorEditsAProposalWithARequiredReason() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    long id = world.propose(world.learner1, campaign, "Irrigation", "Drip irrigation basics");
    String edit = "/app/proposals/" + id + "/moderation";
    PageVisitor facilitator = PageVisitor.of(world.instructorSession);
    PageVisitor learner = PageVisitor.of(world.learner1Session);

    assertThat(learner.get(edit).status()).isEqualTo(403);
    assertThat(learner.get("/app/proposals/" + id).body()).doesNotContain(edit);
    assertThat(facilitator.get("/app/proposals/" + id).body()).contains(edit);
    HttpAnswer form = facilitator.get(edit);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Drip irrigation basics", "Why you edit it");
    assertThat(
            learner
                .post(
                    "/app/proposals/" + id,
                    edit,
                    "title",
                    "Irrigation",
                    "text",
                    "x",
                    "reason",
                    "mine")
                .status())
        .isEqualTo(403);

    HttpAnswer noReason =
        facilitator.post(
            edit, edit, "title", "Irrigation", "text", "Drip irrigation, kept", "reason", " ");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body())
        .contains("Give the reason of your edit", ">Drip irrigation, kept</textarea>");

    String edited =
        followed(
            facilitator.post(
                edit,
                edit,
                "title",
                "Irrigation",
                "text",
                "Drip irrigation basics, without the advertising",
                "rationale",
                "",
                "reason",
                "Removed a link to a shop"));
    assertThat(edited)
        .contains("Your moderator&#39;s edit is in effect")
        .contains("Version 2: edit by a moderator, in effect")
        .contains("Removed a link to a shop")
        .contains("by " + world.instructorName)
        .contains("Version 1");
    assertThat(lastAudit(campaign).getString("action")).isEqualTo("moderate-edit");
  }

  @Test
  void aRefusedFormShowsTheSameFormWithItsMessageAndTheInputKept() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    long id = world.propose(world.learner1, campaign, "Agri-finance", "Farm budgeting");
    PageVisitor admin = PageVisitor.of(world.adminSession);
    PageVisitor learner = PageVisitor.of(world.learner2Session);
    String page = "/app/proposals/" + id;
    String campaignPage = "/app/campaigns/" + campaign;
    String desk = "/app/campaign-desk/" + campaign;

    // an empty comment and an amendment that changes a line
    HttpAnswer empty = learner.post(page, page + "/comments", "text", "  ");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("Write the text", "Discussion", "refused-comment");
    HttpAnswer changed =
        learner.post(
            page,
            page + "/versions",
            "kind",
            "amendment",
            "title",
            "Agri-finance",
            "text",
            "Farm accounting, kept",
            "rationale",
            "");
    assertThat(changed.status()).isEqualTo(400);
    assertThat(changed.body())
        .contains("An amendment only adds to the text")
        .contains(">Farm accounting, kept</textarea>");

    // a vote outside voting
    HttpAnswer vote = learner.post(campaignPage, campaignPage + "/proposals/" + id + "/vote");
    assertThat(vote.status()).isEqualTo(409);
    assertThat(vote.body())
        .contains("The campaign&#39;s current stage does not allow this.", "refused-vote-" + id);

    // a decision against the governance rule: not approved by the experts
    world.moveTo(campaign, "selection");
    ok(
        world.admin.send(
            "PUT",
            "/api/proposals/" + id + "/selection/shortlist",
            JsonText.of(Map.of("shortlisted", true))),
        200);
    HttpAnswer rating = admin.post(desk, desk + "/proposals/" + id + "/rating", "usefulness", "9");
    assertThat(rating.status()).isEqualTo(400);
    assertThat(rating.body()).contains("Choose a usefulness from 1 to 5.", "Organisers");
    world.moveTo(campaign, "voting");
    world.moveTo(campaign, "integration");
    String decide = desk + "/proposals/" + id + "/decision";
    HttpAnswer against =
        admin.post(desk, decide, "decision", "accept", "reason", "The board wants it");
    assertThat(against.status()).isEqualTo(409);
    assertThat(against.body())
        .contains("This decision goes against the campaign&#39;s rule")
        .contains(">The board wants it</textarea>")
        .containsPattern("value=\"accept\" required\\s+checked");
    HttpAnswer noReason = admin.post(desk, decide, "decision", "reject", "reason", "");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("Give a reason (at most 2000 characters).");
    HttpAnswer russian =
        Http.post(
            decide + "?lang=ru",
            "application/x-www-form-urlencoded",
            "kt="
                + PageVisitor.enc(admin.kt())
                + "&csrf="
                + PageVisitor.enc(admin.csrf(desk))
                + PageVisitor.form("decision", "accept", "reason", "Совет"),
            "Accept",
            "text/html");
    assertThat(russian.status()).isEqualTo(409);

    // the stage cannot move past monitoring
    world.moveTo(campaign, "monitoring");
    HttpAnswer stage = admin.post(desk, desk + "/stage");
    assertThat(stage.status()).isEqualTo(409);
    assertThat(stage.body()).contains("The campaign&#39;s current stage does not allow this.");
  }

  /**
   * Joins through a new participant link of the employer group, giving {@code name}, after {@code
   * earlier} other people joined through it.
   */
  private PageVisitor join(long campaign, String name, int earlier) {
    JsonObject link =
        ok(
                world.admin.send(
                    "POST",
                    "/api/campaigns/" + campaign + "/invitations",
                    JsonText.of(Map.of("role", "participant", "group", "employer", "maxUses", 5))),
                201)
            .json();
    String token = link.getString("token");
    for (int i = 0; i < earlier; i++) {
      Http.post(
          "/campaign-invitations/" + token,
          "application/x-www-form-urlencoded",
          "name=" + PageVisitor.enc("Earlier guest"),
          "Accept",
          "text/html");
    }
    HttpAnswer joined =
        Http.post(
            "/campaign-invitations/" + token,
            "application/x-www-form-urlencoded",
            "name=" + PageVisitor.enc(name),
            "Accept",
            "text/html");
    assertThat(joined.status()).as("%s", joined).isEqualTo(303);
    return new PageVisitor(kt(joined.location().orElseThrow()));
  }

  private static String kt(URI location) {
    for (String pair : location.getRawQuery().split("&")) {
      if (pair.startsWith("kt=")) {
        return URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no kt in " + location);
  }

  private JsonObject lastAudit(long campaign) {
    return ok(world.admin.send("GET", "/api/campaigns/" + campaign + "/audit?limit=1", null), 200)
        .jsonArray()
        .getJsonObject(0);
  }

  private static String guestKeyOf(String membersPage) {
    java.util.regex.Matcher key =
        Pattern.compile("name=\"member\" value=\"(inv:\\d+:\\d+)\"").matcher(membersPage);
    assertThat(key.find()).as(membersPage).isTrue();
    return key.group(1);
  }
}
