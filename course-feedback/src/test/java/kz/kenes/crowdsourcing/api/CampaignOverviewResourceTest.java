package kz.kenes.crowdsourcing.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignOverviewResourceTest {

  @Test
  void quotesACellWithACommaOrQuoteAndNeutralisesAFormula() {
    assertThat(CampaignOverviewResource.cell("Revise AGR")).isEqualTo("Revise AGR");
    assertThat(CampaignOverviewResource.cell("A, B")).isEqualTo("\"A, B\"");
    assertThat(CampaignOverviewResource.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CampaignOverviewResource.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
  }
}
