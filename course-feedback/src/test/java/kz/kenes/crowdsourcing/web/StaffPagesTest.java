package kz.kenes.crowdsourcing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The experts' page renders in every language, its forms carrying the tokens, output escaped. */
class StaffPagesTest {

  private static final Views VIEWS = TestViews.create();

  @ParameterizedTest
  @ValueSource(strings = {"kk", "ru", "en"})
  void theExpertsPageOffersAReviewFormPerShortlistedProposal(String language) {
    Locale locale = Locale.forLanguageTag(language);
    PageModel page =
        PageModel.of(locale, "reviews.title")
            .with("pageTitle", "Revise AGR")
            .with("campaign", java.util.Map.of("title", "Revise <AGR>"))
            .with("stage", "selection")
            .with("kt", "page-ref")
            .with("csrf", "csrf-token")
            .with("canReview", true)
            .with("done", "reviewed")
            .with("campaignUrl", "/app/campaigns/1")
            .with("offset", 0)
            .with(
                "refusal",
                new Refusal(
                    "review-7",
                    "Write the weaknesses",
                    "weaknesses",
                    java.util.Map.of("strengths", "Kept <strengths>", "decision", "reject")))
            .with(
                "rows",
                List.of(
                    new ExpertReviewResource.Row(
                        7,
                        "GIS <maps>",
                        "Use GIS",
                        "",
                        "new_competency",
                        "/app/proposals/7",
                        "/app/campaign-reviews/1/proposals/7/review",
                        "Useful",
                        "Costly",
                        "approve")));
    String html = VIEWS.render("crowdsourcing/reviews", locale, page.asMap());
    assertThat(html)
        .doesNotContain("??")
        .contains("#7 GIS &lt;maps&gt;")
        .contains("action=\"/app/campaign-reviews/1/proposals/7/review\"")
        .contains("name=\"csrf\" value=\"csrf-token\"")
        .contains("Write the weaknesses")
        .contains("Kept &lt;strengths&gt;")
        .contains("value=\"reject\" checked")
        .doesNotContain(">Useful<");
  }
}
