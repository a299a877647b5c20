package it.kenes.crowdsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The campaign pages over HTTP: the learner's landing page lists the campaign of their course, the
 * campaign page takes a proposal by a form without JavaScript (CSRF checked), the public page
 * states the task to anyone once the campaign left preparation, and the administrator's dashboard
 * shows the figures with an undefined ratio said to be so.
 */
class CampaignPagesIT {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final CampaignWorld world = new CampaignWorld();

  @AfterEach
  void close() {
    world.close();
  }

  private static HttpAnswer page(String path, String kt) {
    return Http.get(
        path + (path.contains("?") ? "&" : "?") + "kt=" + enc(kt), "Accept", "text/html");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aLearnerFindsTheCampaignOnTheLandingPageAndProposesWithAForm() {
    long campaign = world.openCampaign("hierarchical");
    assertThat(Http.get("/campaigns/" + campaign, "Accept", "text/html").status()).isEqualTo(404);
    world.moveTo(campaign, "collection");
    String kt = Http.pageReference(world.learner1Session);

    String landing = page("/app?lang=en", kt).body();
    assertThat(landing)
        .contains("Revise AGR", "Collection of proposals", "/app/campaigns/" + campaign);

    HttpAnswer shown = page("/app/campaigns/" + campaign + "?lang=en", kt);
    assertThat(shown.status()).as("%s", shown).isEqualTo(200);
    assertThat(shown.body())
        .contains("Which competencies should the agronomy program form?", "Make a proposal")
        .contains("What is outdated?", "No proposal yet.");
    Matcher csrf = CSRF.matcher(shown.body());
    assertThat(csrf.find()).isTrue();

    String path = "/app/campaigns/" + campaign + "/proposals";
    HttpAnswer forged =
        Http.post(
            path,
            "application/x-www-form-urlencoded",
            "kt=" + enc(kt) + "&kind=new_course&title=Drones&text=Drone+mapping",
            "Accept",
            "text/html");
    assertThat(forged.status()).isEqualTo(403);
    HttpAnswer refused =
        Http.post(
            path,
            "application/x-www-form-urlencoded",
            "kt=" + enc(kt) + "&csrf=" + enc(csrf.group(1)) + "&kind=new_course&title=Drones&text=",
            "Accept",
            "text/html");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("aria-invalid=\"true\"", "value=\"Drones\"");
    HttpAnswer saved =
        Http.post(
            path,
            "application/x-www-form-urlencoded",
            "kt="
                + enc(kt)
                + "&csrf="
                + enc(csrf.group(1))
                + "&kind=new_course&title=Drones&text=Drone+mapping+course",
            "Accept",
            "text/html");
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    String confirmation = Http.get(saved.location().orElseThrow(), "Accept", "text/html").body();
    assertThat(confirmation).contains("Your proposal was submitted.", "Drone mapping course");

    HttpAnswer publicPage = Http.get("/campaigns/" + campaign + "?lang=ru", "Accept", "text/html");
    assertThat(publicPage.status()).isEqualTo(200);
    assertThat(publicPage.body())
        .contains("Which competencies should the agronomy program form?", "Сбор предложений")
        .doesNotContain("Drone mapping course");
  }

  @Test
  void theAdministratorSeesTheFiguresWithAnUndefinedIntensity() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    world.propose(world.learner1, campaign, "GIS", "Use GIS");
    String kt = Http.pageReference(world.adminSession);
    assertThat(page("/app?lang=en", kt).body()).contains("/app/campaign-figures");
    HttpAnswer dashboard = page("/app/campaign-figures?lang=en", kt);
    assertThat(dashboard.status()).as("%s", dashboard).isEqualTo(200);
    assertThat(dashboard.body())
        .contains("Revise AGR", "Per field of education", "Agriculture and veterinary")
        .contains("<td>0.0000</td>", "<td>undefined</td>");
    HttpAnswer csv = Http.get("/api/campaign-figures/csv?kt=" + enc(kt), "Accept", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains(campaign + ",").contains(",1,0,0.0000,\r\n");
    HttpAnswer learner = page("/app/campaign-figures", Http.pageReference(world.learner1Session));
    assertThat(learner.status()).isEqualTo(403);
  }
}
