package it.kenes.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.LaunchTokenBuilder;

/**
 * The id_tokens a {@link TestPlatform} posts: lti-tool's {@link LaunchTokenBuilder} (valid by
 * default, bent with {@code with}/{@code without}/{@code header}/{@code alg}/{@code signedWith})
 * filled in with this platform's issuer, client_id, deployment and key, a user, course and resource
 * link unique to the test, and the launch presentation and platform claims a real LMS sends.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">LTI
 *     1.3 §5.3 Resource link launch request</a>
 */
public final class IdTokens {

  private IdTokens() {}

  /** A valid resource link launch of {@code platform} answering the login with {@code nonce}. */
  public static LaunchTokenBuilder resourceLinkLaunch(TestPlatform platform, String nonce) {
    String user = "user-" + Unique.suffix();
    return LaunchTokenBuilder.resourceLinkLaunch(
            platform.issuer(),
            platform.clientId(),
            platform.deploymentId(),
            nonce,
            TestPlatform.targetLinkUri(),
            Clock.systemUTC())
        .signedWith(platform.signingKey())
        .with(LtiClaims.SUB, user)
        .with(LtiClaims.ROLES, List.of(LtiRoles.LEARNER))
        .with(
            LtiClaims.RESOURCE_LINK,
            Map.of("id", "link-" + Unique.suffix(), "title", "Module 1 satisfaction survey"))
        .with(
            LtiClaims.CONTEXT,
            Map.of(
                "id",
                "course-" + Unique.suffix(),
                "label",
                "AGR-101",
                "title",
                "Agronomy basics",
                "type",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .with(LtiClaims.NAME, "Aigerim Nurlanovna")
        .with(LtiClaims.GIVEN_NAME, "Aigerim")
        .with(LtiClaims.FAMILY_NAME, "Nurlanovna")
        .with(LtiClaims.EMAIL, user + "@student.example.edu")
        .with(LtiClaims.LOCALE, "en-US")
        .with(
            LtiClaims.LAUNCH_PRESENTATION,
            Map.of("document_target", "iframe", "return_url", platform.issuer() + "/course"))
        .with(
            LtiClaims.TOOL_PLATFORM,
            Map.of("guid", platform.issuer(), "name", "Kenes test platform", "version", "1"));
  }
}
