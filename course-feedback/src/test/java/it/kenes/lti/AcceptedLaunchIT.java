package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.LaunchTokenBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid 1EdTech Core launch shape is accepted: several roles, short role names, unknown
 * roles, empty roles, partial or no personal data, no context, a resource link only, the role sets
 * Open edX and Moodle send, and the other allowed signature algorithms. Each row launches through
 * the real flow and checks the resulting session through {@code /api/me}.
 */
class AcceptedLaunchIT {

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  static Stream<Arguments> acceptedLaunches() {
    return Stream.of(
        accepted(
            "several roles, the highest wins",
            t -> t.roles(LtiRoles.LEARNER, LtiRoles.INSTRUCTOR, LtiRoles.INSTITUTION_STUDENT),
            role("instructor")),
        accepted("short role name Instructor", t -> t.roles("Instructor"), role("instructor")),
        accepted("short role name Learner", t -> t.roles("Learner"), role("learner")),
        accepted(
            "unknown roles are ignored",
            t -> t.roles("http://example.edu/roles#Wizard", "urn:example:role:Oracle"),
            role("learner")),
        accepted(
            "unknown roles beside a known one",
            t -> t.roles("http://example.edu/roles#Wizard", LtiRoles.INSTRUCTOR),
            role("instructor")),
        accepted("empty roles mean learner", t -> t.roles(), role("learner")),
        accepted(
            "course Administrator (Open edX course admin team) is an instructor",
            t -> t.roles(LtiRoles.COURSE_ADMINISTRATOR, LtiRoles.INSTRUCTOR),
            role("instructor")),
        accepted(
            "TeachingAssistant sub-role",
            t -> t.roles(LtiRoles.TEACHING_ASSISTANT),
            role("instructor")),
        accepted("ContentDeveloper", t -> t.roles(LtiRoles.CONTENT_DEVELOPER), role("instructor")),
        accepted("Mentor", t -> t.roles(LtiRoles.MENTOR), role("instructor")),
        accepted(
            "institution Instructor only (Open edX before 11.1)",
            t -> t.roles(LtiRoles.INSTITUTION_INSTRUCTOR),
            role("instructor")),
        accepted(
            "LIS v1 Instructor URN", t -> t.roles(LtiRoles.LIS_V1_INSTRUCTOR), role("instructor")),
        accepted(
            "Moodle site administrator",
            t ->
                t.roles(
                    LtiRoles.INSTRUCTOR,
                    LtiRoles.SYSTEM_ADMINISTRATOR,
                    LtiRoles.INSTITUTION_ADMINISTRATOR),
            role("admin")),
        accepted(
            "Open edX global staff",
            t -> t.roles(LtiRoles.SYSTEM_ADMINISTRATOR, LtiRoles.INSTITUTION_ADMINISTRATOR),
            role("admin")),
        accepted(
            "LIS v1 system Administrator URN",
            t -> t.roles(LtiRoles.LIS_V1_SYSTEM_ADMINISTRATOR),
            role("admin")),
        accepted(
            "system SysAdmin is not a program admin",
            t -> t.roles(LtiRoles.SYSTEM_SYS_ADMIN),
            role("learner")),
        accepted(
            "email only",
            t ->
                t.without(LtiClaims.NAME)
                    .without(LtiClaims.GIVEN_NAME)
                    .without(LtiClaims.FAMILY_NAME)
                    .with(LtiClaims.EMAIL, "only-email@example.edu"),
            me -> assertThat(me.getString("email")).isEqualTo("only-email@example.edu")),
        accepted(
            "names only",
            t ->
                t.without(LtiClaims.EMAIL)
                    .with(LtiClaims.NAME, "Daniyar Seitkali")
                    .with(LtiClaims.GIVEN_NAME, "Daniyar")
                    .with(LtiClaims.FAMILY_NAME, "Seitkali"),
            me -> {
              assertThat(me.getString("displayName")).isEqualTo("Daniyar Seitkali");
              assertThat(absent(me, "email")).isTrue();
            }),
        accepted(
            "given and family name without name",
            t ->
                t.without(LtiClaims.NAME)
                    .without(LtiClaims.EMAIL)
                    .with(LtiClaims.GIVEN_NAME, "Saule")
                    .with(LtiClaims.FAMILY_NAME, "Akhmetova"),
            me -> assertThat(me.getString("displayName")).contains("Saule")),
        accepted(
            "no personal data at all",
            t ->
                t.subject("anonymous-1")
                    .without(LtiClaims.NAME)
                    .without(LtiClaims.GIVEN_NAME)
                    .without(LtiClaims.FAMILY_NAME)
                    .without(LtiClaims.EMAIL)
                    .without(LtiClaims.LOCALE),
            me -> {
              assertThat(me.getString("subject")).isEqualTo("anonymous-1");
              assertThat(absent(me, "email")).isTrue();
            }),
        accepted(
            "no context",
            t -> t.without(LtiClaims.CONTEXT),
            me -> {
              assertThat(absent(me, "context")).isTrue();
              assertThat(me.getJsonObject("resourceLink").getString("resourceLinkId")).isNotBlank();
            }),
        accepted(
            "resource link id only, nothing optional",
            t ->
                t.without(LtiClaims.CONTEXT)
                    .without(LtiClaims.LAUNCH_PRESENTATION)
                    .without(LtiClaims.TOOL_PLATFORM)
                    .without(LtiClaims.NAME)
                    .without(LtiClaims.GIVEN_NAME)
                    .without(LtiClaims.FAMILY_NAME)
                    .without(LtiClaims.EMAIL)
                    .without(LtiClaims.LOCALE)
                    .without(LtiClaims.AZP)
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "bare-link")),
            me ->
                assertThat(me.getJsonObject("resourceLink").getString("resourceLinkId"))
                    .isEqualTo("bare-link")),
        accepted(
            "aud as an array with azp",
            t -> t.with(LtiClaims.AUD, List.of("other-audience", clientIdOf(t))),
            role("learner")),
        accepted(
            "aud as a one-element array without azp",
            t -> t.with(LtiClaims.AUD, List.of(clientIdOf(t))).without(LtiClaims.AZP),
            role("learner")),
        accepted("signed RS384", t -> t.alg("RS384"), role("learner")),
        accepted("signed RS512", t -> t.alg("RS512"), role("learner")),
        accepted(
            "launch_presentation.locale kk wins over the user's locale",
            t ->
                t.with(LtiClaims.LOCALE, "en-US")
                    .with(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", "kk-KZ")),
            me -> assertThat(me.getString("locale")).isEqualTo("kk")),
        accepted(
            "the user's locale when there is no launch_presentation.locale",
            t -> t.with(LtiClaims.LOCALE, "ru").without(LtiClaims.LAUNCH_PRESENTATION),
            me -> assertThat(me.getString("locale")).isEqualTo("ru")),
        accepted(
            "iat a little in the future (clock skew)",
            t -> t.issuedAt(java.time.Instant.now().plusSeconds(20)),
            role("learner")),
        accepted(
            "custom and service claims are tolerated",
            t ->
                t.with(LtiClaims.CUSTOM, Map.of("module", "agronomy-1", "week", 3))
                    .with(
                        LtiClaims.AGS_ENDPOINT,
                        Map.of(
                            "scope",
                            List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                            "lineitems",
                            "https://lms.example.edu/lineitems"))
                    .with(
                        LtiClaims.NRPS,
                        Map.of(
                            "context_memberships_url",
                            "https://lms.example.edu/memberships",
                            "service_versions",
                            List.of("2.0"))),
            role("learner")),
        accepted(
            "deep linking request from an instructor",
            t ->
                t.deepLinking("https://lms.example.edu/deep-link-return")
                    .roles(LtiRoles.INSTRUCTOR),
            role("instructor")));
  }

  private static String clientIdOf(LaunchTokenBuilder token) {
    return (String) token.claim(LtiClaims.AZP);
  }

  private static Arguments accepted(
      String name, UnaryOperator<LaunchTokenBuilder> token, Consumer<JsonObject> check) {
    return Arguments.of(name, token, check);
  }

  /** JSON-B leaves null members out; either way the member has no value. */
  private static boolean absent(JsonObject object, String member) {
    return !object.containsKey(member) || object.isNull(member);
  }

  private static Consumer<JsonObject> role(String kenesRole) {
    return me -> assertThat(me.getString("role")).isEqualTo(kenesRole);
  }

  @ParameterizedTest(name = "accepts {0}")
  @MethodSource("acceptedLaunches")
  void acceptsValidLaunch(
      String name, UnaryOperator<LaunchTokenBuilder> token, Consumer<JsonObject> check) {
    Flow flow = platform.completeFlow(token);

    assertThat(flow.launch().status()).as("%s", flow.launch().answer()).isEqualTo(303);
    HttpAnswer me = Http.me(flow.sessionToken());
    assertThat(me.status()).as("%s", me).isEqualTo(200);
    check.accept(me.json());
  }
}
