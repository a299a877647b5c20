package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.kenes.integration.lti.application.DeepLinkingService.Choice;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.deeplinking.ResourceLinkItem;
import kz.kenes.platform.activity.Activity;
import org.junit.jupiter.api.Test;

class DeepLinkingServiceTest {

  private final DeepLinkingService service = new DeepLinkingService();

  {
    service.tool = new ToolConfiguration(URI.create("https://kenes.example.edu"));
  }

  private static Activity survey(boolean gradable) {
    return new Activity("survey", "12", "Module 1 satisfaction", gradable, "/app/surveys/12");
  }

  @Test
  void aGradedChoiceCarriesTheGradeParameterAndAParticipationLineItem() {
    ResourceLinkItem item = service.item(new Choice(survey(true), true));

    assertThat(item.url()).isEqualTo("https://kenes.example.edu/lti/launch");
    assertThat(item.title()).isEqualTo("Module 1 satisfaction");
    assertThat(item.custom())
        .isEqualTo(Map.of("kenes_activity", "survey:12", "kenes_grade", "participation"));
    assertThat(item.lineItem())
        .contains(
            new ResourceLinkItem.LineItem(
                1, "Module 1 satisfaction", "survey:12", "kenes-participation"));
  }

  @Test
  void anUngradedChoiceNamesOnlyTheActivity() {
    ResourceLinkItem item = service.item(new Choice(survey(true), false));

    assertThat(item.custom()).isEqualTo(Map.of("kenes_activity", "survey:12"));
    assertThat(item.lineItem()).isEmpty();
  }

  @Test
  void aGradeIsNeverAskedOfAnActivityThatCannotReportOne() {
    ResourceLinkItem item = service.item(new Choice(survey(false), true));

    assertThat(item.custom()).doesNotContainKey("kenes_grade");
    assertThat(item.lineItem()).isEmpty();
  }

  @Test
  void keepsOnlyWellFormedAcceptValues() {
    assertThat(
            DeepLinkingService.tokens(
                List.of("ltiResourceLink", "file", "bad value", "x".repeat(65), "<script>")))
        .containsExactly("ltiResourceLink", "file");
  }
}
