package kz.kenes.crowdsourcing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalKind;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeoplePagesTest {

  private static final Views VIEWS = TestViews.create();

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void theMembersPageNamesPeopleAndKeepsARefusedForm(String language) {
    Locale locale = Locale.forLanguageTag(language);
    PageModel page =
        PageModel.of(locale, "crowdp.members.title")
            .with("pageTitle", "Revise AGR")
            .with("campaign", Map.of("title", "Revise <AGR>"))
            .with("kt", "page-ref")
            .with("csrf", "csrf-token")
            .with(
                "rows",
                List.of(
                    new CampaignMembersPage.Row(
                        "lti:5", "<i>Aigerim</i>", false, "learner", "Learners", "expert", true),
                    new CampaignMembersPage.Row(
                        "inv:7:3",
                        "Guest #3",
                        true,
                        "employer",
                        "Employers",
                        "participant",
                        false)))
            .with("roles", List.of("facilitator", "expert", "participant"))
            .with(
                "groups",
                List.of(
                    new CampaignMembersPage.GroupOption("learner", "Learners"),
                    new CampaignMembersPage.GroupOption("staff", "Staff")))
            .with("offset", 0)
            .with("roleAction", "/app/campaigns/1/members/role")
            .with("userAction", "/app/campaigns/1/members/user")
            .with("takeAction", "/app/campaigns/1/members/take")
            .with("deskUrl", "/app/campaign-desk/1")
            .with(
                "refusal",
                new Refusal("user", "Enter a number", "userRef", Map.of("userRef", "abc")))
            .withPager(0, 2, 20, 2, start -> "/x");
    String html = VIEWS.render("crowdsourcing/members", locale, page.asMap());
    assertThat(html)
        .doesNotContain("??")
        .contains("&lt;i&gt;Aigerim&lt;/i&gt;")
        .doesNotContain(">lti:5<")
        .contains("name=\"member\" value=\"lti:5\"")
        .contains("action=\"/app/campaigns/1/members/take\"")
        .contains("name=\"csrf\" value=\"csrf-token\"")
        .contains("Enter a number")
        .contains("value=\"abc\"");
    assertThat(html.split("action=\"/app/campaigns/1/members/take\"", -1)).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void theModerationPageOffersTheProposalToEditWithAReason(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Proposal proposal =
        new Proposal(
            1,
            ProposalKind.NEW_COMPETENCY,
            List.of(),
            new Proposal.Content("GIS <maps>", "Use GIS", "Employers ask"),
            "lti:4",
            "learner",
            Instant.parse("2026-03-01T00:00:00Z"));
    PageModel page =
        PageModel.of(locale, "crowdp.moderate.title")
            .with("pageTitle", "GIS")
            .with("proposal", proposal)
            .with("campaignTitle", "Revise AGR")
            .with("kt", "page-ref")
            .with("csrf", "csrf-token")
            .with("action", "/app/proposals/9/moderation")
            .with("proposalUrl", "/app/proposals/9")
            .with(
                "refusal",
                new Refusal(
                    "moderate",
                    "Give the reason",
                    "note",
                    Map.of("title", "Kept title", "text", "Kept text", "reason", "")));
    String html = VIEWS.render("crowdsourcing/moderate", locale, page.asMap());
    assertThat(html)
        .doesNotContain("??")
        .contains("GIS &lt;maps&gt;")
        .contains("action=\"/app/proposals/9/moderation\"")
        .contains("name=\"csrf\" value=\"csrf-token\"")
        .contains("Give the reason")
        .contains("value=\"Kept title\"")
        .contains(">Kept text</textarea>")
        .contains("id=\"m-reason\" name=\"reason\"");
  }
}
