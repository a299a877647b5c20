package it.kenes.lti;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.LaunchResult;
import it.kenes.support.LoginResult;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import java.util.List;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changes to a registration take effect on the next launch: a deployment removed or a registration
 * deleted refuses launches from then on, a deployment added allows them.
 */
class RegistrationLifecycleIT {

  private final TestPlatform platform =
      TestPlatform.register(r -> r.with("deploymentIds", List.of("deployment-1", "deployment-2")));
  private final AdminApi admin = AdminApi.asAdmin();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @Test
  void refusesLaunchesFromADeploymentRemovedFromTheRegistration() {
    Flow before =
        platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "deployment-2"));
    admin.replace(
        platform.registrationId(),
        platform.registration().with("deploymentIds", List.of("deployment-1")));

    Flow after =
        platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "deployment-2"));

    assertThat(before.succeeded()).as("%s", before.launch().answer()).isTrue();
    assertProblem(after.launch().answer(), 403, "lti-unknown-deployment");
    assertThat(after.launch().answer().problemDetail()).contains("deployment-2");
  }

  @Test
  void keepsAcceptingTheDeploymentsThatRemain() {
    admin.replace(
        platform.registrationId(),
        platform.registration().with("deploymentIds", List.of("deployment-1")));

    Flow flow = platform.completeFlow();

    assertThat(flow.succeeded()).as("%s", flow.launch().answer()).isTrue();
  }

  @Test
  void acceptsLaunchesFromADeploymentAddedLater() {
    Flow before =
        platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "deployment-3"));
    admin.addDeployment(platform.registrationId(), "deployment-3");

    Flow after =
        platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "deployment-3"));

    assertProblem(before.launch().answer(), 403, "lti-unknown-deployment");
    assertThat(after.succeeded()).as("%s", after.launch().answer()).isTrue();
  }

  @Test
  void refusesLoginForADeletedRegistration() {
    admin.delete(platform.registrationId());

    LoginResult login = platform.login(VirtualBrowser.open());

    assertProblem(login.answer(), 403, "lti-unknown-registration");
  }

  @Test
  void refusesLaunchWhenTheRegistrationWasDeletedDuringTheLogin() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult login = platform.login(browser);
    admin.delete(platform.registrationId());

    LaunchResult launch = platform.launch(browser, login, platform.idToken(login).build());

    assertProblem(launch.answer(), 403, "lti-unknown-registration");
  }

  @Test
  void endsTheSessionsOfADeploymentAnUpdateLeavesOut() {
    Flow dropped =
        platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "deployment-2"));
    Flow kept = platform.completeFlow();
    assertThat(Http.me(dropped.sessionToken()).status()).isEqualTo(200);
    // a session whose first page has not been asked for yet: handed off in memory (ADR 0038)
    Flow droppedUnopened =
        platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "deployment-2"));

    admin.replace(
        platform.registrationId(),
        platform.registration().with("deploymentIds", List.of("deployment-1")));

    assertThat(Http.me(dropped.sessionToken()).status()).isEqualTo(401);
    assertThat(Http.me(droppedUnopened.sessionToken()).status()).isEqualTo(401);
    assertThat(Http.me(kept.sessionToken()).status()).isEqualTo(200);
  }

  @Test
  void endsTheSessionsOfADeletedRegistration() {
    Flow flow = platform.completeFlow();
    assertThat(Http.me(flow.sessionToken()).status()).isEqualTo(200);
    Flow unopened = platform.completeFlow();

    admin.delete(platform.registrationId());

    assertThat(Http.me(flow.sessionToken()).status()).isEqualTo(401);
    assertThat(Http.me(unopened.sessionToken()).status())
        .as("first page not asked yet")
        .isEqualTo(401);
  }

  @Test
  void stopsAllowingADeletedPlatformToFrameKenes() {
    assertThat(FrameAncestors.of(Http.get("/lti/config"))).contains(platform.issuer());

    admin.delete(platform.registrationId());

    assertThat(FrameAncestors.of(Http.get("/lti/config"))).doesNotContain(platform.issuer());
  }

  @Test
  void launchesAsTheNewIssuerAfterTheRegistrationIsChanged() {
    String newIssuer = platform.issuer() + "/renamed";
    admin.replace(platform.registrationId(), platform.registration().with("issuer", newIssuer));

    LoginResult oldIssuer = platform.login(VirtualBrowser.open(), platform.loginParameters());

    assertProblem(oldIssuer.answer(), 403, "lti-unknown-registration");
  }
}
