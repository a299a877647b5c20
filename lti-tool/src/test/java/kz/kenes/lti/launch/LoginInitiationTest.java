package kz.kenes.lti.launch;

import static kz.kenes.lti.testing.LtiTestPlatform.BROWSER;
import static kz.kenes.lti.testing.LtiTestPlatform.CLIENT_ID;
import static kz.kenes.lti.testing.LtiTestPlatform.ISSUER;
import static kz.kenes.lti.testing.LtiTestPlatform.TARGET_LINK_URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.testing.LtiTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoginInitiationTest {

  private final LtiTestPlatform platform = new LtiTestPlatform();

  @Test
  void redirectsToThePlatformWithAnImplicitFlowIdTokenRequest() {
    LoginRedirect redirect = platform.loginInitiation().initiate(platform.loginRequest(), BROWSER);

    Map<String, String> query = query(redirect.redirectUri());
    assertThat(redirect.redirectUri().toString()).startsWith(LtiTestPlatform.AUTH_LOGIN_URL + "?");
    assertThat(query)
        .containsEntry("scope", "openid")
        .containsEntry("response_type", "id_token")
        .containsEntry("response_mode", "form_post")
        .containsEntry("prompt", "none")
        .containsEntry("client_id", CLIENT_ID)
        .containsEntry("redirect_uri", "https://kenes.example.kz/lti/launch")
        .containsEntry("login_hint", "user-42")
        .containsEntry("lti_message_hint", "message-hint-7")
        .containsEntry("state", redirect.state().state())
        .containsEntry("nonce", redirect.state().nonce());
  }

  @Test
  void savesTheStateForTenMinutesBoundToTheBrowser() {
    LoginState state =
        platform.loginInitiation().initiate(platform.loginRequest(), BROWSER).state();

    assertThat(platform.states.get(state.state())).isEqualTo(state);
    assertThat(state.registrationId()).isEqualTo(LtiTestPlatform.REGISTRATION_ID);
    assertThat(state.targetLinkUri()).isEqualTo(TARGET_LINK_URI);
    assertThat(state.browserBinding()).isEqualTo(BROWSER);
    assertThat(state.issuedAt()).isEqualTo(platform.clock.instant());
    assertThat(state.expiresAt())
        .isEqualTo(platform.clock.instant().plus(LoginInitiation.STATE_LIFETIME));
  }

  @Test
  void issuesRandomStateAndNonceOfAtLeast128Bits() {
    LoginState first = platform.login();
    LoginState second = platform.login();

    for (String token : new String[] {first.state(), first.nonce()}) {
      assertThat(token).matches("[A-Za-z0-9_-]{22,}");
    }
    assertThat(first.state()).isNotEqualTo(first.nonce()).isNotEqualTo(second.state());
    assertThat(first.nonce()).isNotEqualTo(second.nonce());
  }

  @Test
  void keepsTheQueryOfTheAuthLoginUrlAndEncodesValues() {
    platform.registrations.remove(LtiTestPlatform.REGISTRATION_ID);
    platform.registrations.add(registration(1, CLIENT_ID, "https://lms.example.edu/auth?tenant=7"));
    LoginRequest request =
        new LoginRequest(ISSUER, "a b&c=d+é", TARGET_LINK_URI, null, CLIENT_ID, "deployment-1");

    URI redirect = platform.loginInitiation().initiate(request, BROWSER).redirectUri();

    assertThat(redirect.toString())
        .startsWith("https://lms.example.edu/auth?tenant=7&scope=openid");
    assertThat(redirect.getRawQuery()).contains("login_hint=a%20b%26c%3Dd%2B%C3%A9");
    assertThat(query(redirect)).containsEntry("login_hint", "a b&c=d+é");
    assertThat(query(redirect)).doesNotContainKey("lti_message_hint");
  }

  @Test
  void choosesTheRegistrationByClientIdWhenTheIssuerHasSeveral() {
    platform.registrations.add(registration(2, "second-client", "https://lms.example.edu/auth2"));
    LoginRequest request =
        new LoginRequest(ISSUER, "user-42", TARGET_LINK_URI, null, "second-client", null);

    LoginRedirect redirect = platform.loginInitiation().initiate(request, BROWSER);

    assertThat(redirect.state().registrationId()).isEqualTo(2);
    assertThat(query(redirect.redirectUri())).containsEntry("client_id", "second-client");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void rejectsLoginInitiation(String rule, LoginRequest request, LtiError error, String fragment) {
    platform.registrations.add(multiClientRegistration(7, "a"));
    platform.registrations.add(multiClientRegistration(8, "b"));

    LtiProtocolException refused =
        catchThrowableOfType(
            LtiProtocolException.class,
            () -> platform.loginInitiation().initiate(request, BROWSER));

    assertThat(refused).as(rule).isNotNull();
    assertThat(refused.error()).isEqualTo(error);
    assertThat(refused).hasMessageContaining(fragment);
    assertThat(platform.states.size()).isZero();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal(
            "iss missing",
            login(null, "u", TARGET_LINK_URI, null),
            LtiError.MISSING_ISSUER,
            "'iss'"),
        refusal(
            "iss of 1 MB",
            login("https://lms.example.edu/" + "x".repeat(1 << 20), "u", TARGET_LINK_URI, null),
            LtiError.PARAMETER_TOO_LONG,
            "parameter 'iss' is 1048600 characters long; at most 500 are accepted"),
        refusal(
            "client_id of 256 characters",
            login(ISSUER, "u", TARGET_LINK_URI, "c".repeat(256)),
            LtiError.PARAMETER_TOO_LONG,
            "'client_id' is 256 characters long; at most 255"),
        refusal(
            "lti_deployment_id of 256 characters",
            new LoginRequest(ISSUER, "u", TARGET_LINK_URI, null, null, "d".repeat(256)),
            LtiError.PARAMETER_TOO_LONG,
            "'lti_deployment_id' is 256 characters long; at most 255"),
        refusal(
            "login_hint of 2,049 characters",
            login(ISSUER, "h".repeat(2049), TARGET_LINK_URI, null),
            LtiError.PARAMETER_TOO_LONG,
            "'login_hint' is 2049 characters long; at most 2048"),
        refusal(
            "lti_message_hint of 2,049 characters",
            new LoginRequest(ISSUER, "u", TARGET_LINK_URI, "m".repeat(2049), null, null),
            LtiError.PARAMETER_TOO_LONG,
            "'lti_message_hint' is 2049 characters long; at most 2048"),
        refusal(
            "target_link_uri of 3,000 characters",
            login(ISSUER, "u", TARGET_LINK_URI + "?q=" + "x".repeat(3000), null),
            LtiError.PARAMETER_TOO_LONG,
            "'target_link_uri' is"),
        refusal(
            "iss unknown",
            login("https://unknown.example", "u", TARGET_LINK_URI, null),
            LtiError.UNKNOWN_REGISTRATION,
            "no registration for issuer 'https://unknown.example'"),
        refusal(
            "client_id unknown",
            login(ISSUER, "u", TARGET_LINK_URI, "nope"),
            LtiError.UNKNOWN_REGISTRATION,
            "client_id 'nope'"),
        refusal(
            "several registrations and no client_id",
            login("https://multi.example.edu", "u", TARGET_LINK_URI, null),
            LtiError.CLIENT_ID_REQUIRED,
            "client_id is required because issuer 'https://multi.example.edu' has 2 registrations"),
        refusal(
            "lti_deployment_id not registered",
            new LoginRequest(ISSUER, "u", TARGET_LINK_URI, null, null, "deployment-9"),
            LtiError.UNKNOWN_DEPLOYMENT,
            "lti_deployment_id 'deployment-9' is not registered"),
        refusal(
            "login_hint missing",
            login(ISSUER, null, TARGET_LINK_URI, null),
            LtiError.MISSING_LOGIN_HINT,
            "'login_hint'"),
        refusal(
            "target_link_uri missing",
            login(ISSUER, "u", null, null),
            LtiError.MISSING_TARGET_LINK_URI,
            "'target_link_uri'"),
        refusal(
            "target_link_uri elsewhere",
            login(ISSUER, "u", "https://evil.example/lti/launch", null),
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            "is not on this tool"),
        refusal(
            "target_link_uri with userinfo trick",
            login(ISSUER, "u", "https://kenes.example.kz@evil.example/", null),
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            "is not on this tool"));
  }

  @Test
  void acceptsParametersAtTheirLimits() {
    String target = TARGET_LINK_URI + "?q=";
    target += "x".repeat(ParameterLimits.TARGET_LINK_URI - target.length());
    LoginRequest request =
        new LoginRequest(
            ISSUER,
            "h".repeat(ParameterLimits.HINT),
            target,
            "m".repeat(ParameterLimits.HINT),
            CLIENT_ID,
            LtiTestPlatform.DEPLOYMENT_ID);

    LoginRedirect redirect = platform.loginInitiation().initiate(request, BROWSER);

    assertThat(redirect.state().targetLinkUri()).hasSize(ParameterLimits.TARGET_LINK_URI);
  }

  private static Arguments refusal(
      String rule, LoginRequest request, LtiError error, String fragment) {
    return Arguments.of(rule, request, error, fragment);
  }

  private static LoginRequest login(String iss, String loginHint, String target, String clientId) {
    return new LoginRequest(iss, loginHint, target, null, clientId, null);
  }

  private static PlatformRegistration registration(long id, String clientId, String authUrl) {
    return new PlatformRegistration(
        id,
        "LMS " + id,
        ISSUER,
        clientId,
        URI.create(authUrl),
        URI.create(ISSUER + "/token"),
        LtiTestPlatform.JWKS_URL,
        Set.of(LtiTestPlatform.DEPLOYMENT_ID));
  }

  private static PlatformRegistration multiClientRegistration(long id, String clientId) {
    String issuer = "https://multi.example.edu";
    return new PlatformRegistration(
        id,
        "Two-client LMS",
        issuer,
        clientId,
        URI.create(issuer + "/auth"),
        URI.create(issuer + "/token"),
        URI.create(issuer + "/jwks"),
        Set.of("d"));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }
    return parameters;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
