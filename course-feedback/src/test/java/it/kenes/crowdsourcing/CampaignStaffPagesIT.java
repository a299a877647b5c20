package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The staff's campaign pages over HTTP (docs/crowdsourcing.md, "Pages"): the organisers' desk
 * (filters, similar proposals, merge, rating, shortlist, hiding, reports, stage moves with their
 * audit entry, decisions under the governance rule), the experts' page and a proposal's page
 * (versions with their diff, amendments the author settles, comment threads, reports, hidden
 * comments), with the role matrix (403 for a participant on the staff pages, for anyone but an
 * expert on the experts' page, for an outsider everywhere), CSRF refused without the token, and the
 * links shown to the right roles only.
 */
class CampaignStaffPagesIT {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final CampaignWorld world = new CampaignWorld();

  @AfterEach
  void close() {
    world.close();
  }

  /** A person's page session: its reference for links, and its CSRF token. */
  private record Person(String kt) {

    static Person of(String sessionToken) {
      return new Person(Http.pageReference(sessionToken));
    }

    HttpAnswer get(String path) {
      return Http.get(
          path + (path.contains("?") ? "&" : "?") + "kt=" + enc(kt) + "&lang=en",
          "Accept",
          "text/html");
    }

    String csrf(String path) {
      HttpAnswer page = get(path);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      Matcher csrf = CSRF.matcher(page.body());
      assertThat(csrf.find()).as("a form on %s", path).isTrue();
      return csrf.group(1);
    }

    /** Posts a form with the session and CSRF tokens (the token read from {@code from}). */
    HttpAnswer post(String from, String path, String... fields) {
      return postRaw(path, "kt=" + enc(kt) + "&csrf=" + enc(csrf(from)) + form(fields));
    }

    HttpAnswer postWithoutCsrf(String path, String... fields) {
      return postRaw(path, "kt=" + enc(kt) + form(fields));
    }

    private static HttpAnswer postRaw(String path, String body) {
      return Http.post(path, "application/x-www-form-urlencoded", body, "Accept", "text/html");
    }

    private static String form(String... fields) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < fields.length; i += 2) {
        body.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
      }
      return body.toString();
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String followed(HttpAnswer saved) {
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    return Http.get(saved.location().orElseThrow(), "Accept", "text/html").body();
  }

  private String expertSession(long campaign) {
    ok(
        world.admin.send(
            "PUT",
            "/api/campaigns/" + campaign + "/members",
            JsonText.of(
                Map.of("userRef", world.expertUserId, "role", "expert", "group", "employer"))),
        200);
    return world.expertSession;
  }

  @Test
  void theOrganiserRunsTheSelectionFromTheDesk() {
    long campaign = world.openCampaign("hierarchical");
    world.moveTo(campaign, "collection");
    long gis =
        world.propose(world.learner1, campaign, "GIS mapping", "Use GIS mapping in field work");
    long dup =
        world.propose(
            world.learner2, campaign, "GIS mapping skills", "Use GIS mapping in field work");
    long spam = world.propose(world.learner2, campaign, "Buy cheap watches", "Cheap watches here");
    String desk = "/app/campaign-desk/" + campaign;
    Person admin = Person.of(world.adminSession);
    Person facilitator = Person.of(world.instructorSession);
    Person learner = Person.of(world.learner1Session);

    assertThat(learner.get(desk).status()).isEqualTo(403);
    assertThat(Person.of(world.outsiderSession).get(desk).status()).isEqualTo(403);
    HttpAnswer facilitatorDesk = facilitator.get(desk);
    assertThat(facilitatorDesk.status()).as("%s", facilitatorDesk).isEqualTo(200);
    assertThat(facilitatorDesk.body())
        .contains("GIS mapping skills", "Buy cheap watches", "Hide this proposal")
        .doesNotContain("Move to the next stage", "Put on the shortlist");

    // moderation: a report by a learner, then the facilitator hides the proposal
    followed(
        learner.post(
            "/app/proposals/" + spam,
            "/app/proposals/" + spam + "/reports",
            "reason",
            "Advertising"));
    assertThat(facilitator.get(desk).body()).contains("Reports of abuse", "Advertising");
    String hide = desk + "/proposals/" + spam + "/hide";
    assertThat(facilitator.postWithoutCsrf(hide, "reason", "Spam").status()).isEqualTo(403);
    assertThat(learner.post("/app/campaigns/" + campaign, hide, "reason", "Spam").status())
        .isEqualTo(403);
    assertThat(followed(facilitator.post(desk, hide, "reason", "Advertising, not a proposal")))
        .contains("The proposal is hidden");
    assertThat(facilitator.get(desk + "?hidden=yes").body())
        .contains("Buy cheap watches", "Hidden: Advertising, not a proposal")
        .doesNotContain("GIS mapping skills");
    assertThat(facilitator.get(desk + "?hidden=no").body())
        .contains("GIS mapping skills")
        .doesNotContain("Buy cheap watches");

    // the stage, moved by hand with its audit entry
    assertThat(followed(admin.post(desk, desk + "/stage")))
        .contains("The campaign moved to its next stage", "collection -&gt; selection");

    // similar proposals and the merge of the duplicate
    HttpAnswer similar = admin.get(desk + "?similar=" + gis);
    assertThat(similar.body()).contains("Proposals similar to", "Merge #" + dup + " into #" + gis);
    assertThat(
            followed(
                admin.post(
                    desk, desk + "/proposals/" + dup + "/merge", "into", String.valueOf(gis))))
        .contains("The proposals were merged");
    assertThat(admin.get(desk + "?status=merged").body())
        .contains("GIS mapping skills", "merged into #" + gis)
        .doesNotContain(">#" + gis + " GIS mapping<");
    assertThat(world.proposal(world.admin, gis).getJsonObject("coAuthors").keySet()).hasSize(1);

    // rating and shortlist
    followed(admin.post(desk, desk + "/proposals/" + gis + "/rating", "usefulness", "4"));
    assertThat(admin.post(desk, desk + "/proposals/" + gis + "/rating", "usefulness", "9").status())
        .isEqualTo(400);
    assertThat(
            followed(
                admin.post(desk, desk + "/proposals/" + gis + "/shortlist", "shortlisted", "true")))
        .contains("The proposal is on the shortlist", "Usefulness 4 (1 rating(s))");
    assertThat(admin.get(desk + "?status=shortlisted&group=learner").body())
        .contains("#" + gis + " GIS mapping")
        .doesNotContain("GIS mapping skills");

    // the expert's review, then the decision in integration
    Person expert = Person.of(expertSession(campaign));
    String reviews = "/app/campaign-reviews/" + campaign;
    assertThat(learner.get(reviews).status()).isEqualTo(403);
    assertThat(admin.get(reviews).status()).isEqualTo(403);
    assertThat(expert.get(desk).status()).isEqualTo(403);
    String reviewed =
        followed(
            expert.post(
                reviews,
                reviews + "/proposals/" + gis + "/review",
                "strengths",
                "Employers need it",
                "weaknesses",
                "No lab hours",
                "decision",
                "approve"));
    assertThat(reviewed).contains("Your review was saved.", "You approved it.", "No lab hours");
    world.moveTo(campaign, "voting");
    world.moveTo(campaign, "integration");
    String decide = desk + "/proposals/" + gis + "/decision";
    assertThat(admin.post(desk, decide, "decision", "accept", "reason", "").status())
        .isEqualTo(400);
    assertThat(
            followed(admin.post(desk, decide, "decision", "accept", "reason", "Fits the program")))
        .contains("The proposal was accepted.", "Reason of the decision: Fits the program");
    assertThat(world.proposal(world.admin, gis).getJsonObject("proposal").getString("status"))
        .isEqualTo("accepted");
  }

  @Test
  void membersAmendAndDiscussAProposalOnItsPage() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    long id = world.propose(world.learner1, campaign, "Soil science", "Soil sampling");
    String page = "/app/proposals/" + id;
    Person author = Person.of(world.learner1Session);
    Person other = Person.of(world.learner2Session);
    Person facilitator = Person.of(world.instructorSession);

    assertThat(Person.of(world.outsiderSession).get(page).status()).isEqualTo(403);
    assertThat(other.postWithoutCsrf(page + "/comments", "text", "Hi").status()).isEqualTo(403);

    // another member's amendment waits for the author, who accepts it
    String added =
        followed(
            other.post(
                page,
                page + "/versions",
                "kind",
                "amendment",
                "title",
                "Soil science",
                "text",
                "Soil sampling\nSoil mapping with drones",
                "rationale",
                ""));
    assertThat(added)
        .contains("Your version was saved.", "Version 2: amendment, waiting for the author")
        .doesNotContain("Accept version 2");
    assertThat(author.get(page).body()).contains("Accept version 2", "Reject version 2");
    assertThat(other.post(page, page + "/versions/2/accept").status()).isEqualTo(403);
    String accepted = followed(author.post(page, page + "/versions/2/accept"));
    assertThat(accepted)
        .contains("Version 2: amendment, in effect", "The proposal now (version 2)")
        .contains("<ins>Soil mapping with drones</ins>");

    // comments in threads, a report, a hidden comment
    followed(other.post(page, page + "/comments", "text", "Which drones?"));
    HttpAnswer withComment = author.get(page);
    Matcher comment = Pattern.compile("id=\"comment-(\\d+)\"").matcher(withComment.body());
    assertThat(comment.find()).isTrue();
    String commentId = comment.group(1);
    String replied =
        followed(
            author.post(page, page + "/comments", "parentId", commentId, "text", "Cheap ones"));
    assertThat(replied).contains("Your comment was posted.", "Which drones?", "Cheap ones");
    assertThat(replied.indexOf("Cheap ones")).isGreaterThan(replied.indexOf("Which drones?"));
    followed(author.post(page, page + "/reports", "commentId", commentId, "reason", "Off topic"));
    assertThat(facilitator.get(page).body()).contains("Off topic", "Hide this comment");
    assertThat(author.get(page).body()).doesNotContain("Hide this comment");
    String hide = page + "/comments/" + commentId + "/hide";
    assertThat(author.post(page, hide, "reason", "Rude").status()).isEqualTo(403);
    followed(facilitator.post(page, hide, "reason", "Rude"));
    assertThat(other.get(page).body())
        .contains("Hidden by a moderator: Rude")
        .doesNotContain("Which drones?");
    assertThat(facilitator.get(page).body()).contains("Which drones?");
  }

  @Test
  void theLinksToTheStaffPagesShowToTheirRolesOnly() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    String deskLink = "/app/campaign-desk/" + campaign;
    String reviewLink = "/app/campaign-reviews/" + campaign;
    Person learner = Person.of(world.learner1Session);
    Person facilitator = Person.of(world.instructorSession);
    Person admin = Person.of(world.adminSession);
    Person expert = Person.of(expertSession(campaign));

    assertThat(learner.get("/app").body())
        .contains("/app/campaigns/" + campaign)
        .doesNotContain(deskLink);
    assertThat(learner.get("/app/campaigns/" + campaign).body())
        .doesNotContain(deskLink)
        .doesNotContain(reviewLink);
    assertThat(facilitator.get("/app").body()).contains(deskLink).doesNotContain(reviewLink);
    assertThat(facilitator.get("/app/campaigns/" + campaign).body()).contains(deskLink);
    assertThat(admin.get("/app").body()).contains(deskLink);
    assertThat(expert.get("/app/campaigns/" + campaign).body())
        .contains(reviewLink)
        .doesNotContain(deskLink);
    HttpAnswer kazakh =
        Http.get(deskLink + "?kt=" + enc(facilitator.kt()) + "&lang=kk", "Accept", "text/html");
    assertThat(kazakh.body()).contains("Ұйымдастырушылар мен модераторлар пульті", "Шағымдар");
    HttpAnswer russian =
        Http.get(reviewLink + "?kt=" + enc(expert.kt()) + "&lang=ru", "Accept", "text/html");
    assertThat(russian.body()).contains("Предложения короткого списка");
  }
}
