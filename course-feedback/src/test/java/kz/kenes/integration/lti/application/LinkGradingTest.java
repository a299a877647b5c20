package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.lti.launch.LtiLaunch;
import kz.kenes.lti.launch.ToolRole;
import kz.kenes.lti.testing.LtiTestPlatform;
import org.junit.jupiter.api.Test;

class LinkGradingTest {

  static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

  static LtiLaunch launch(Map<String, String> custom, LtiLaunch.AgsEndpoint ags) {
    return new LtiLaunch(
        new LtiTestPlatform().registration,
        "d1",
        "LtiResourceLinkRequest",
        "sub-1",
        null,
        null,
        null,
        null,
        null,
        List.of(),
        ToolRole.LEARNER,
        Optional.empty(),
        Optional.of(new LtiLaunch.ResourceLink("link-1", null, null)),
        "https://kenes.example/lti/launch",
        Optional.empty(),
        custom,
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(ags),
        Optional.empty());
  }

  @Test
  void keepsTheEndpointClaimAndTheKenesCustomParameters() {
    LtiResourceLinkEntity link = new LtiResourceLinkEntity();
    LinkGrading.refresh(
        link,
        launch(
            Map.of("kenes_activity", "survey:12", "kenes_grade", "participation"),
            new LtiLaunch.AgsEndpoint(
                List.of(SCORE, "x"), "https://lms/lineitems", "https://lms/lineitems/1")));
    assertThat(link.kenesActivity).isEqualTo("survey:12");
    assertThat(link.kenesGrade).isEqualTo("participation");
    assertThat(link.agsScope).isEqualTo(SCORE + " x");
    assertThat(link.agsLineItems).isEqualTo("https://lms/lineitems");
    assertThat(link.agsLineItem).isEqualTo("https://lms/lineitems/1");
  }

  @Test
  void aLaunchWithoutTheParametersClearsThemAndANewContainerForgetsTheFoundLineItem() {
    LtiResourceLinkEntity link = new LtiResourceLinkEntity();
    link.kenesActivity = "survey:12";
    link.kenesGrade = "participation";
    link.agsLineItems = "https://lms/old";
    link.lineItemFound = "https://lms/old/1";
    LinkGrading.refresh(
        link, launch(Map.of(), new LtiLaunch.AgsEndpoint(List.of(SCORE), "https://lms/new", null)));
    assertThat(link.kenesActivity).isNull();
    assertThat(link.kenesGrade).isNull();
    assertThat(link.lineItemFound).isNull();
    assertThat(link.agsLineItems).isEqualTo("https://lms/new");
  }
}
