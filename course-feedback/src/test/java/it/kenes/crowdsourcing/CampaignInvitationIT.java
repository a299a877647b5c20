package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invitation links of a campaign over HTTP (docs/crowdsourcing.md, "Invitation links"): organisers
 * make, list and withdraw them; whoever opens one joins as a guest with the link's role and group
 * and acts through the campaign's API and pages; uses, expiry and withdrawal are kept; a wrong
 * token is a 404 that says nothing.
 */
class CampaignInvitationIT {

  private final CampaignWorld world = new CampaignWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aGuestJoinsThroughALinkAndActsAsItsRoleUntilItIsWithdrawn() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    assertProblem(
        world.learner1.send("POST", invitations(campaign), link("participant", "employer", 2)),
        403,
        "forbidden");
    assertProblem(
        world.admin.send("POST", invitations(campaign), link("participant", "graduate", 2)),
        400,
        "invalid-input");
    JsonObject made =
        ok(world.admin.send("POST", invitations(campaign), link("participant", "employer", 2)), 201)
            .json();
    String token = made.getString("token");
    assertThat(made.getString("url")).endsWith("/campaign-invitations/" + token);
    assertThat(made.getString("state")).isEqualTo("active");

    JsonObject joined = join(token, 201).json();
    assertThat(joined.getString("role")).isEqualTo("participant");
    assertThat(joined.getString("group")).isEqualTo("employer");
    AdminApi guest = AdminApi.withAuthorization("Bearer " + joined.getString("sessionToken"));
    assertThat(
            ok(guest.send("GET", "/api/campaigns/" + campaign, null), 200)
                .json()
                .getString("yourRole"))
        .isEqualTo("participant");
    long proposal = world.propose(guest, campaign, "Soft skills", "Teach negotiation");
    assertThat(world.proposal(world.admin, proposal).getJsonObject("proposal").getString("group"))
        .isEqualTo("employer");
    long other = world.openCampaign("democratic");
    world.moveTo(other, "collection");
    assertProblem(guest.send("GET", "/api/campaigns/" + other, null), 403, "forbidden");

    join(token, 201);
    assertProblem(join(token, 410), 410, "invitation-unavailable");
    JsonObject listed =
        ok(world.admin.send("GET", invitations(campaign), null), 200)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(listed.getInt("uses")).isEqualTo(2);
    assertThat(listed.getString("state")).isEqualTo("used-up");
    assertThat(listed.containsKey("token")).isFalse();

    long linkId = made.getJsonNumber("id").longValue();
    JsonObject withdrawn =
        ok(world.admin.send("DELETE", invitations(campaign) + "/" + linkId, null), 200).json();
    assertThat(withdrawn.getString("state")).isEqualTo("revoked");
    HttpAnswer refused = guest.send("GET", "/api/campaigns/" + campaign, null);
    assertProblem(refused, 410, "invitation-unavailable");
    assertThat(refused.body()).contains("withdrawn by the campaign's organisers");
    assertProblem(
        world.admin.send("DELETE", invitations(other) + "/" + linkId, null), 404, "not-found");
  }

  @Test
  void anExpertLinkGivesTheExpertRoleAndAnExpiredLinkTakesNobody() throws Exception {
    long campaign = world.openCampaign("hierarchical");
    world.moveTo(campaign, "collection");
    String expertToken =
        ok(world.admin.send("POST", invitations(campaign), link("expert", "employer", 1)), 201)
            .json()
            .getString("token");
    AdminApi expert =
        AdminApi.withAuthorization(
            "Bearer " + join(expertToken, 201).json().getString("sessionToken"));
    assertThat(
            ok(expert.send("GET", "/api/campaigns/" + campaign, null), 200)
                .json()
                .getString("yourRole"))
        .isEqualTo("expert");
    assertProblem(join(expertToken, 410), 410, "invitation-unavailable");

    Map<String, Object> soon = new LinkedHashMap<>();
    soon.put("role", "participant");
    soon.put("group", "learner");
    soon.put("expiresAt", Instant.now().plusSeconds(2).toString());
    String shortLived =
        ok(world.admin.send("POST", invitations(campaign), JsonText.of(soon)), 201)
            .json()
            .getString("token");
    Thread.sleep(2500);
    HttpAnswer expired = join(shortLived, 410);
    assertProblem(expired, 410, "invitation-unavailable");
    assertThat(expired.body()).contains("has expired");
    soon.put("expiresAt", "2001-01-01T00:00:00Z");
    assertProblem(
        world.admin.send("POST", invitations(campaign), JsonText.of(soon)), 400, "invalid-input");
  }

  @Test
  void aWrongTokenIsA404ThatSaysNothing() {
    HttpAnswer unknown = join("A".repeat(43), 404);
    assertProblem(unknown, 404, "not-found");
    HttpAnswer malformed = join("nope", 404);
    assertThat(malformed.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    assertThat(unknown.json().getString("detail")).doesNotContain("campaign");
    assertThat(Http.get("/campaign-invitations/" + "B".repeat(43), "Accept", "text/html").status())
        .isEqualTo(404);
  }

  @Test
  void theOrganisersPageMakesAndWithdrawsLinksAndTheLinksPageLeadsToTheCampaign() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    String kt = Http.pageReference(world.adminSession);
    String page = "/app/campaigns/" + campaign + "/invitations";
    HttpAnswer empty = ok(Http.get(page + "?kt=" + enc(kt), "Accept", "text/html"), 200);
    String csrf = csrf(empty.body());
    HttpAnswer made =
        ok(
            form(
                page,
                "kt",
                kt,
                "csrf",
                csrf,
                "role",
                "participant",
                "group",
                "employer",
                "maxUses",
                "3",
                "label",
                "Employers' panel"),
            200);
    Matcher url =
        Pattern.compile("data-invitation-url>[^<]*/campaign-invitations/([A-Za-z0-9_-]{43})<")
            .matcher(made.body());
    assertThat(url.find()).as(made.body()).isTrue();
    String token = url.group(1);
    assertThat(made.body()).contains("Employers&#39; panel").contains("0 / 3");
    assertThat(
            form(page, "kt", kt, "csrf", "wrong", "role", "expert", "group", "employer").status())
        .isEqualTo(403);

    HttpAnswer invitation =
        ok(Http.get("/campaign-invitations/" + token, "Accept", "text/html"), 200);
    assertThat(invitation.body()).contains("Join the campaign");
    HttpAnswer joined =
        Http.post(
            "/campaign-invitations/" + token,
            "application/x-www-form-urlencoded",
            "",
            "Accept",
            "text/html");
    assertThat(joined.status()).as("%s", joined).isEqualTo(303);
    String location = joined.location().orElseThrow().toString();
    assertThat(location).contains("/app/campaigns/" + campaign + "?kt=");
    HttpAnswer campaignPage =
        ok(Http.get(java.net.URI.create(absolute(location)), "Accept", "text/html"), 200);
    assertThat(campaignPage.body()).contains("Revise AGR");
    assertThat(
            Http.post(
                    "/campaign-invitations/" + token,
                    "application/x-www-form-urlencoded",
                    "",
                    "Accept",
                    "text/html",
                    "Origin",
                    "https://elsewhere.example")
                .status())
        .isEqualTo(403);

    Matcher linkId = Pattern.compile("data-link-id=\"(\\d+)\"").matcher(made.body());
    assertThat(linkId.find()).isTrue();
    HttpAnswer withdrawn =
        form(page + "/" + linkId.group(1) + "/withdraw", "kt", kt, "csrf", csrf(made.body()));
    assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(303);
    assertThat(Http.get("/campaign-invitations/" + token, "Accept", "text/html").status())
        .isEqualTo(410);
  }

  private static String invitations(long campaign) {
    return "/api/campaigns/" + campaign + "/invitations";
  }

  private static String link(String role, String group, int maxUses) {
    return JsonText.of(Map.of("role", role, "group", group, "maxUses", maxUses));
  }

  private static HttpAnswer join(String token, int expected) {
    HttpAnswer answer =
        Http.post("/api/campaign-invitations/" + token + "/join", "application/json", "");
    assertThat(answer.status()).as("%s", answer).isEqualTo(expected);
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

  private static String absolute(String location) {
    return location.startsWith("http") ? location : it.kenes.support.Kenes.url(location).toString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
