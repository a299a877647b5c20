package kz.kenes.crowdsourcing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignSchedule;
import kz.kenes.crowdsourcing.domain.CampaignStage;
import kz.kenes.crowdsourcing.domain.Governance;
import kz.kenes.crowdsourcing.domain.VoteRules;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignPagesTest {

  private static final Views VIEWS = TestViews.create();
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

  private static Campaign campaign() {
    Campaign campaign =
        new Campaign(
            1,
            2,
            new Campaign.Terms(
                List.of(),
                "Revise <AGR>",
                "Which competencies should agronomists have?",
                "What is missing?\nWhat is outdated?",
                List.of("learner", "employer"),
                Governance.DEMOCRATIC,
                new VoteRules(3, Map.of("employer", new BigDecimal("2"))),
                BigDecimal.ONE,
                new CampaignSchedule(
                    Map.of(
                        CampaignStage.COLLECTION,
                        MARCH,
                        CampaignStage.SELECTION,
                        MARCH.plusSeconds(86400 * 30)))),
            "lti:1",
            MARCH.minusSeconds(3600));
    campaign.moveTo(CampaignStage.COLLECTION, MARCH);
    return campaign;
  }

  private static PageModel model(Locale locale) {
    PageModel page = PageModel.of(locale, "campaign.title");
    CampaignPages.describe(page, campaign(), locale);
    return page.with("pageTitle", "Revise AGR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void thePublicPageStatesTheTaskStageRulesAndWeightsInEveryLanguage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String html = VIEWS.render("crowdsourcing/public", locale, model(locale).asMap());
    assertThat(html)
        .doesNotContain("??")
        .contains("Revise &lt;AGR&gt;")
        .contains("Which competencies should agronomists have?")
        .contains("What is outdated?")
        .contains("2026")
        .contains("<td>employer</td><td>2</td>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void theMembersPageOffersTheProposalFormWithTokensAndVoteButtons(String language) {
    Locale locale = Locale.forLanguageTag(language);
    PageModel page =
        model(locale)
            .with("kt", "page-ref")
            .with("csrf", "csrf-token")
            .with("yourRole", "participant")
            .with(
                "proposals",
                List.of(
                    new CampaignPages.ProposalRow(
                        7,
                        "new_competency",
                        "GIS",
                        "Use GIS",
                        "learner",
                        "<b>Aigerim</b>",
                        "shortlisted",
                        "2",
                        true,
                        "/app/campaigns/1/proposals/7/vote",
                        "/app/proposals/7")))
            .with("canPropose", true)
            .with("kinds", List.of("new_competency", "removal"))
            .with(
                "modules",
                List.of(
                    new CampaignPages.ModuleOption(41, "GIS-1", "Maps <and> data", true),
                    new CampaignPages.ModuleOption(42, "GIS-2", "Remote sensing", false)))
            .with("proposalForm", Map.of("title", "Kept <title>"))
            .with("proposalErrors", Map.of("text", "required"))
            .with("proposeAction", "/app/campaigns/1/proposals")
            .with("publicUrl", "/campaigns/1")
            .with("reviewsUrl", "/app/campaign-reviews/1")
            .with("backUrl", "/app")
            .with("offset", 20)
            .with("refusal", new Refusal("vote-7", "All <votes> used", null, Map.of()));
    String html = VIEWS.render("crowdsourcing/campaign", locale, page.asMap());
    assertThat(html)
        .doesNotContain("??")
        .contains("action=\"/app/campaigns/1/proposals\"")
        .contains("id=\"p-module-41\"")
        .contains("Maps &lt;and&gt; data")
        .contains("name=\"csrf\" value=\"csrf-token\"")
        .contains("value=\"Kept &lt;title&gt;\"")
        .contains("id=\"p-text\" name=\"text\" rows=\"5\" aria-invalid=\"true\"")
        .contains("action=\"/app/campaigns/1/proposals/7/vote\"")
        .contains("href=\"/app/proposals/7\"")
        .contains("href=\"/app/campaign-reviews/1\"")
        .contains("&lt;b&gt;Aigerim&lt;/b&gt;")
        .doesNotContain("<b>Aigerim</b>")
        .contains("All &lt;votes&gt; used")
        .contains("name=\"offset\" value=\"20\"")
        .doesNotContain("/app/campaign-desk/");
  }
}
