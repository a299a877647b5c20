package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An independent platform registered through the admin API launches Kenes as learner, instructor
 * and admin: the launch lands on the landing page with a session, and {@code /api/me} tells who the
 * session belongs to, in which course and resource link.
 */
class LaunchAsRoleIT {

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    LtiRoles.LEARNER + ", learner",
    LtiRoles.INSTRUCTOR + ", instructor",
    LtiRoles.INSTITUTION_ADMINISTRATOR + ", admin"
  })
  void launchOpensSessionWithTheKenesRoleOfTheLtiRole(String ltiRole, String kenesRole) {
    Flow flow = platform.completeFlow(token -> token.roles(ltiRole));

    assertThat(flow.launch().status()).as("%s", flow.launch().answer()).isEqualTo(303);
    assertThat(flow.launch().landingPage().getPath()).isEqualTo("/app");
    HttpAnswer me = Http.me(flow.sessionToken());
    assertThat(me.status()).as("%s", me).isEqualTo(200);
    assertThat(me.json().getString("role")).isEqualTo(kenesRole);
    assertThat(strings(me.json(), "ltiRoles")).containsExactly(ltiRole);
  }

  @ParameterizedTest(name = "{0} lands on the {1} page")
  @CsvSource({
    LtiRoles.LEARNER + ", learner",
    LtiRoles.INSTRUCTOR + ", instructor",
    LtiRoles.SYSTEM_ADMINISTRATOR + ", admin"
  })
  void launchLandsOnTheLandingPageOfItsRole(String ltiRole, String kenesRole) {
    Flow flow = platform.completeFlow(token -> token.roles(ltiRole));

    HttpAnswer landing =
        flow.browser()
            .get(flow.launch().landingPage(), "Accept", "text/html", "Accept-Language", "en");

    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    assertThat(landing.mediaType()).isEqualTo("text/html");
    assertThat(landing.body()).contains("data-kenes-role=\"" + kenesRole + "\"");
  }

  @Test
  void landingPageMayBeFramedOnlyByRegisteredPlatformsAndSendsNoReferrer() {
    Flow flow = platform.completeFlow();

    HttpAnswer landing = flow.browser().get(flow.launch().landingPage(), "Accept", "text/html");

    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    assertThat(FrameAncestors.of(landing))
        .contains(platform.issuer())
        .doesNotContain("*", "https:", "http:", "https://evil.example.com");
    assertThat(landing.header("Referrer-Policy")).hasValue("same-origin");
  }

  @Test
  void meTellsTheIdentityCourseAndResourceLinkOfTheLaunch() {
    Flow flow =
        platform.completeFlow(
            token ->
                token
                    .subject("student-42")
                    .roles(LtiRoles.LEARNER)
                    .with(LtiClaims.NAME, "Aigerim Nurlanovna")
                    .with(LtiClaims.EMAIL, "aigerim@student.example.edu")
                    .with(
                        LtiClaims.CONTEXT,
                        Map.of("id", "course-7", "label", "AGR-101", "title", "Agronomy basics"))
                    .with(
                        LtiClaims.RESOURCE_LINK, Map.of("id", "link-3", "title", "Module 1 survey"))
                    .with(
                        LtiClaims.LAUNCH_PRESENTATION,
                        Map.of("document_target", "iframe", "locale", "ru-RU")));

    HttpAnswer me = Http.me(flow.sessionToken());

    assertThat(me.status()).as("%s", me).isEqualTo(200);
    JsonObject identity = me.json();
    assertThat(identity.getString("kind")).isEqualTo("lti");
    assertThat(identity.getJsonNumber("userId")).isNotNull();
    assertThat(identity.getString("subject")).isEqualTo("student-42");
    assertThat(identity.getString("displayName")).isEqualTo("Aigerim Nurlanovna");
    assertThat(identity.getString("email")).isEqualTo("aigerim@student.example.edu");
    assertThat(identity.getString("role")).isEqualTo("learner");
    assertThat(identity.getJsonNumber("platformId").longValue())
        .isEqualTo(platform.registrationId());
    assertThat(identity.getString("deploymentId")).isEqualTo(platform.deploymentId());
    assertThat(identity.getJsonObject("context").getString("contextId")).isEqualTo("course-7");
    assertThat(identity.getJsonObject("context").getString("label")).isEqualTo("AGR-101");
    assertThat(identity.getJsonObject("context").getString("title")).isEqualTo("Agronomy basics");
    assertThat(identity.getJsonObject("resourceLink").getString("resourceLinkId"))
        .isEqualTo("link-3");
    assertThat(identity.getJsonObject("resourceLink").getString("title"))
        .isEqualTo("Module 1 survey");
    assertThat(identity.getString("locale")).isEqualTo("ru");
    assertThat(identity.getString("expiresAt")).isNotBlank();
  }

  @Test
  void laterLaunchUpdatesNamesOfTheSameUser() {
    Flow first =
        platform.completeFlow(
            token -> token.subject("student-77").with(LtiClaims.NAME, "Old Name"));
    Flow second =
        platform.completeFlow(
            token -> token.subject("student-77").with(LtiClaims.NAME, "New Name"));

    JsonObject before = Http.me(first.sessionToken()).json();
    JsonObject after = Http.me(second.sessionToken()).json();

    assertThat(after.getJsonNumber("userId")).isEqualTo(before.getJsonNumber("userId"));
    assertThat(after.getString("displayName")).isEqualTo("New Name");
    assertThat(second.sessionToken()).isNotEqualTo(first.sessionToken());
  }

  @Test
  void laterLaunchUpdatesCourseAndResourceLinkTitles() {
    Flow first =
        platform.completeFlow(
            token ->
                token
                    .with(LtiClaims.CONTEXT, Map.of("id", "course-9", "title", "Old course"))
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "link-9", "title", "Old link")));
    Flow second =
        platform.completeFlow(
            token ->
                token
                    .with(LtiClaims.CONTEXT, Map.of("id", "course-9", "title", "New course"))
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "link-9", "title", "New link")));

    JsonObject before = Http.me(first.sessionToken()).json();
    JsonObject after = Http.me(second.sessionToken()).json();

    assertThat(after.getJsonObject("context").getJsonNumber("id"))
        .isEqualTo(before.getJsonObject("context").getJsonNumber("id"));
    assertThat(after.getJsonObject("context").getString("title")).isEqualTo("New course");
    assertThat(after.getJsonObject("resourceLink").getString("title")).isEqualTo("New link");
  }

  @Test
  void sessionsOfTwoLaunchesAreIndependent() {
    Flow learner = platform.completeFlow(token -> token.roles(LtiRoles.LEARNER));
    Flow instructor = platform.completeFlow(token -> token.roles(LtiRoles.INSTRUCTOR));

    assertThat(Http.me(learner.sessionToken()).json().getString("role")).isEqualTo("learner");
    assertThat(Http.me(instructor.sessionToken()).json().getString("role")).isEqualTo("instructor");
  }

  @Test
  void loginRedirectsToThePlatformsAuthUrlWithTheOidcParameters() {
    VirtualBrowser browser = VirtualBrowser.open();
    var parameters = platform.loginParameters();

    var login = platform.login(browser, parameters);

    assertThat(login.status()).as("%s", login.answer()).isEqualTo(302);
    Map<String, String> auth = login.authParameters();
    assertThat(login.authenticationRequest().toString())
        .startsWith(platform.registration().field("authLoginUrl") + "?");
    assertThat(auth)
        .containsEntry("scope", "openid")
        .containsEntry("response_type", "id_token")
        .containsEntry("response_mode", "form_post")
        .containsEntry("prompt", "none")
        .containsEntry("client_id", platform.clientId())
        .containsEntry("redirect_uri", Kenes.url("/lti/launch").toString())
        .containsEntry("login_hint", parameters.get("login_hint"))
        .containsEntry("lti_message_hint", parameters.get("lti_message_hint"));
    assertThat(decodedLength(auth.get("state"))).isGreaterThanOrEqualTo(16);
    assertThat(decodedLength(auth.get("nonce"))).isGreaterThanOrEqualTo(16);
    assertThat(auth.get("state")).isNotEqualTo(auth.get("nonce"));
  }

  @Test
  void loginBindsTheStateToTheBrowserWithAHostPrefixedCookie() {
    var login = platform.login(VirtualBrowser.open());

    String cookie = login.stateCookieHeader().orElseThrow();

    assertThat(cookie).startsWith("__Host-kenes_st_" + login.state() + "=" + login.state() + ";");
    assertThat(cookie)
        .contains("; Path=/;", "HttpOnly", "Secure", "SameSite=Lax")
        .doesNotContainIgnoringCase("Domain=");
  }

  @Test
  void eachLoginHasItsOwnStateAndNonce() {
    VirtualBrowser browser = VirtualBrowser.open();

    var first = platform.login(browser);
    var second = platform.login(browser);

    assertThat(second.state()).isNotEqualTo(first.state());
    assertThat(second.nonce()).isNotEqualTo(first.nonce());
  }

  @Test
  void loginByPostWorksLikeGet() {
    VirtualBrowser browser = VirtualBrowser.open();
    var login = platform.loginByPost(browser, platform.loginParameters());

    var launch = platform.launch(browser, login, platform.idToken(login).build());

    assertThat(launch.status()).as("%s", launch.answer()).isEqualTo(303);
    assertThat(launch.sessionToken()).isPresent();
  }

  @Test
  void launchAnswerIsNotCachedAndClearsTheStateCookie() {
    Flow flow = platform.completeFlow();

    assertThat(flow.launch().answer().header("Cache-Control").orElse("")).contains("no-store");
    assertThat(flow.launch().answer().headerValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("__Host-kenes_st_" + flow.login().state() + "=")
                    .contains("Max-Age=0", "Path=/;", "Secure"));
  }

  private static int decodedLength(String base64url) {
    return java.util.Base64.getUrlDecoder().decode(base64url).length;
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
