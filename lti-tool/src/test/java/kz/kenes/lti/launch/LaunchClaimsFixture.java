package kz.kenes.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.LaunchTokenBuilder;

/** Every optional claim a Moodle launch carries, and the assertions that they are all read. */
final class LaunchClaimsFixture {

  private LaunchClaimsFixture() {}

  static void addAll(LaunchTokenBuilder token) {
    token
        .with(
            LtiClaims.CONTEXT,
            Map.of(
                "id", "course-101",
                "label", "AGR-101",
                "title", "Veterinary basics",
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .with(
            LtiClaims.LAUNCH_PRESENTATION,
            Map.of(
                "document_target", "iframe",
                "return_url", "https://lms.example.edu/course/view.php?id=101",
                "locale", "ru"))
        .with(LtiClaims.CUSTOM, Map.of("module", "m-3", "round", 2, "anonymous", true))
        .with(
            LtiClaims.TOOL_PLATFORM,
            Map.of(
                "guid", "lms.example.edu", "name", "Example LMS", "product_family_code", "moodle"))
        .with(
            LtiClaims.AGS_ENDPOINT,
            Map.of(
                "scope",
                List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems",
                "https://lms.example.edu/mod/lti/services.php/101/lineitems"))
        .with(
            LtiClaims.NRPS,
            Map.of(
                "context_memberships_url",
                "https://lms.example.edu/nrps/101",
                "service_versions",
                List.of("2.0")));
  }

  static void assertAllRead(LtiLaunch launch) {
    LtiLaunch.Context context = launch.context().orElseThrow();
    assertThat(context.id()).isEqualTo("course-101");
    assertThat(context.label()).isEqualTo("AGR-101");
    assertThat(context.title()).isEqualTo("Veterinary basics");
    assertThat(context.types()).hasSize(1);
    LtiLaunch.LaunchPresentation presentation = launch.launchPresentation().orElseThrow();
    assertThat(presentation.documentTarget()).isEqualTo("iframe");
    assertThat(presentation.returnUrl()).endsWith("id=101");
    assertThat(presentation.locale()).isEqualTo("ru");
    assertThat(launch.custom())
        .containsEntry("module", "m-3")
        .containsEntry("round", "2")
        .containsEntry("anonymous", "true");
    assertThat(launch.toolPlatform().orElseThrow().productFamilyCode()).isEqualTo("moodle");
    assertThat(launch.agsEndpoint().orElseThrow().lineitems()).endsWith("/lineitems");
    assertThat(launch.agsEndpoint().orElseThrow().lineitem()).isNull();
    assertThat(launch.namesRoleService().orElseThrow().serviceVersions()).containsExactly("2.0");
  }
}
